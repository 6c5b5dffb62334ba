def add(a, b):
    return a + b

print(add(1, 2), add("a", "b"), add([1], [2]), add(1.5, 2), add((1,), (2,)))

def describe(v):
    if v:
        return "truthy " + str(v)
    return "falsy " + repr(v)

for v in [0, 1, "", "s", [], [0], None, 0.0]:
    print(describe(v))
vals = [3, 1.5, True]
print(sorted(vals), max(vals), sum(vals), vals[0] * vals[1])
