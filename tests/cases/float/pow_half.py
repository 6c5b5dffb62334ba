# x ** 0.5 on edge cases and across magnitudes: the same bits as CPython's pow.
print((-0.0) ** 0.5, 0.0 ** 0.5, float("inf") ** 0.5, float("-inf") ** 0.5, float("nan") ** 0.5)
x = 1e-300
total = 0.0
while x < 1e300:
    r = x ** 0.5
    total += r
    x *= 7.3
print(total, r)
vals = [2.0, 3.0, 0.1, 1e-10, 123456.789, 5e-324, 1.7976931348623157e308]
print([v ** 0.5 for v in vals])
print(2 ** 0.5, 10 ** 0.5, (2 ** 0.5) ** 2)
