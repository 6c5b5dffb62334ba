t = (1, "two", 3.0, None, True)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
a, b, c, d, e = t
print(a, b, c, d, e)
x, y = 1, 2
x, y = y, x
print(x, y, (1,), (), (1, 2) + (3,), (1, 2) * 2)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5), t.count(1), t.index(3.0))
pairs = [(1, "a"), (2, "b"), (3, "c")]
for num, letter in pairs:
    print(num, letter, end="; ")
print()
(p, q), r = (1, 2), 3
print(p, q, r, tuple([1, 2]), tuple("ab"))
