it = iter([1, 2, 3])
print(it.__next__(), next(it))
print(iter(it) is it, it.__iter__() is it)
g = (x for x in range(3))
print(g.__next__())
d = iter({1: 2})
print(d.__next__())
s = iter("ab")
print(s.__next__())
z = zip([1], [2])
print(z.__next__())
try:
    it.__next__(); it.__next__()
except StopIteration:
    print("stop")
it = iter([7, 8])
f = it.__next__
print(f(), hasattr(it, "__next__"), hasattr(it, "__iter__"), getattr(it, "__next__")())
