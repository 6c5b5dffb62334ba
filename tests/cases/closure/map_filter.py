# map and filter are lazy: the function runs as items are taken.
log = []


def noisy(x):
    log.append(x)
    return x * 2


m = map(noisy, [1, 2, 3])
print(log)
print(next(m), log)
print(list(m), log)
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(None, [0, 1, "", "x", [], [0]])), list(filter(lambda s: s.isupper(), "aBcD")))
print(sum(map(int, "1 2 3".split())), sorted(map(len, ["ccc", "a", "bb"])))
print(list(map(str, range(3))), list(map(abs, [-1, 2, -3])))
it = filter(lambda v: v > 1, map(noisy, [0, 1, 2]))
print(list(it))
for v in map(lambda t: t[0] * t[1], zip([1, 2], [3, 4])):
    print(v)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
