# Ranges whose bounds or step pass 64 bits: values, loops (both loop forms), slicing with CPython bounds, hash/eq, iterators.
r = range(10**20, 10**20 + 2)
print(r, len(r), list(r))
for x in range(2**64, 2**64 + 3, 2):
    print(x)
for x in range(-2**63, -2**63 + 2):
    print(x)
print(10**20 + 1 in r, r[1], r[-1], 5 in r)
try:
    len(range(10**30))
except OverflowError as e:
    print("OverflowError", e)
big = range(10**30)
print(big[5], big[-1], bool(big), bool(range(10**20, 0)), big[10**29], big[::-1][:3], big[10:20:3])
print(range(10)[1:8:3], range(10)[::-1], range(10)[::2], range(10)[8:1:-2], range(0, 20, 3)[-2:])
print(list(reversed(range(2**64, 2**64 + 3))), reversed(range(2**64)).__class__.__name__ if False else "")
print(big.index(10**29), big.count(7), big.count(-1), range(2**64, 2**65, 2**60).start, hash(range(10**20, 10**20+1)) == hash(range(10**20, 10**20+2, 5)))
print(range(10**20, 10**20+3) == range(10**20, 10**20+3), range(0) == range(10**20, 10**20))
it = iter(range(2**63 - 2, 2**63 + 1))
print(type(it).__name__, list(it))
print(type(iter(range(3))).__name__)
try:
    big.index(-5)
except ValueError as e:
    print(e)
try:
    big[10**30]
except IndexError as e:
    print(e)
print(sum(range(10**18, 10**18 + 5)), max(range(2**70, 2**70 + 3)))
def f(n):
    t = 0
    for i in range(n, n + 3):
        t += i
    return t
print(f(1), f(2**100))
for i in range(2**63 - 1, 2**63 + 1):
    print(i)
