def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in [-5, 0, 3, 42]:
    print(v, classify(v))
x = 7
print("even" if x % 2 == 0 else "odd", x if x > 5 else -x)
