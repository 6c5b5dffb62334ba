import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))


def f():
    x = {"k": 1}
    y = (x,)
    return sys.getrefcount(x)


print(f())


class C:
    pass


o = C()
holders = [o] * 3
print(sys.getrefcount(o))
