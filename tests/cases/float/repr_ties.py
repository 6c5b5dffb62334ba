# Float repr: the shortest digits that read back, nearest the value, ties to even.
import random
random.seed(7)
xs = [1e15 + 0.3, 0.1, 1/3, 2.5, 1e16, 1e22, 5e-324, 1.7976931348623157e308, 123456789.125, 0.000123]
for _ in range(20000):
    xs.append(random.uniform(-1e6, 1e6))
    xs.append(random.random() * 10 ** random.randint(-20, 20))
    xs.append(float(random.randint(0, 2**53)) + 0.5 * random.randint(0, 3))
h = 0
for x in xs:
    for ch in repr(x):
        h = (h * 131 + ord(ch)) % 1000000007
print(h, len(xs))
print([repr(x) for x in xs[:12]])
