# Bound methods: equality and hashing (same object, equal function),
# types.MethodType, __func__/__self__, and a class claiming another class
# through a `__class__` property.
import types


class A:
    def m(self, k):
        return k + 1

    def n(self):
        return 0


class P:
    @property
    def __class__(self):
        return A


a = A()
b = A()
print(a.m == a.m, a.m != a.m, a.m == b.m, a.m == a.n, a.m.__func__ is A.m, a.m.__self__ is a)
bm = types.MethodType(A.m, a)
print(bm(2), bm == a.m, hash(bm) == hash(a.m), len({a.m, a.m, bm, b.m}))
print(types.MethodType(lambda self: self is a, a)())
for bad in [lambda: types.MethodType(1, a), lambda: types.MethodType(A.m, None)]:
    try:
        bad()
    except TypeError as e:
        print(e)
p = P()
print(p.__class__, type(p).__name__, isinstance(p, A), isinstance(p, P), isinstance(p, (int, A)))
d = {a.m: "m"}
print(d[a.m])
