# Generator expressions: lazy, evaluated first iterable, late binding of free names, chained pipelines, consumed by builtins.
squares = (x**2 for x in range(10**6))
print(type(squares).__name__, next(squares), next(squares))
print(sum(squares) % 1000)
def pipeline(n):
    nums = (i for i in range(n))
    odd = (x for x in nums if x % 2)
    sq = (x * x for x in odd)
    return sum(sq)
print(pipeline(1000))
pairs = ((a, b) for a in range(3) for b in "xy" if a != 1)
print(list(pairs))
k = 10
adder = (x + k for x in [1, 2, 3])
k = 100
print(list(adder))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
g = (c.upper() for c in "abc")
print(",".join(g), list(g))
print(max((len(w), w) for w in "a bb ccc".split()))
it = iter([1, 2, 3])
print(next(x * 10 for x in it), list(it))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in (y - 1 for y in [1, 2])))
def outer():
    data = [3, 1, 2]
    return sorted(x for x in data)
print(outer(), dict((i, i * i) for i in range(3)), set(c for c in "aab"))
