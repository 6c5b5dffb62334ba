# `a, b = x, y` evaluates every value first, then assigns left to right.
a, b = 1, 2
a, b = b, a
print(a, b)
xs = [5, 3, 8, 1]
i, j = 0, 3
xs[i], xs[j] = xs[j], xs[i]
print(xs)
i, xs[i] = 2, 99
print(i, xs)
p, q, r = "x", 2.5, [1]
p, q, r = r, p, q
print(p, q, r)
[m, n] = n2 = 7, 8
print(m, n, n2)
(u, v), w = (1, 2), 3
print(u, v, w)
k, (s, t) = 1, "ab"
print(k, s, t)
x = 10
x, y = x + 1, x + 2
print(x, y)


def swap_twice(a, b):
    a, b = b, a
    a, b = b, a
    return a - b


print(swap_twice(3, 10))
try:
    e, f = 1, 2, 3
except ValueError as err:
    print("ValueError:", err)
