def describe(name, age, city="Paris", *, verbose=False, sep=", "):
    parts = [name, str(age), city]
    if verbose:
        parts.append("(verbose)")
    return sep.join(parts)

print(describe("Ann", 30))
print(describe("Bob", 41, "Rome", verbose=True))
print(describe(age=5, name="Cy", sep=" | "))

def poly(x, a=0, b=0, c=0):
    return a + b * x + c * x * x

print(poly(2), poly(2, 1), poly(2, c=3), poly(x=3, b=2, a=1, c=1), poly(1.5, 0.5, 0.5, 0.5))
