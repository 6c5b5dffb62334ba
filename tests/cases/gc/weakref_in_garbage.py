import gc
import weakref


class A:
    pass


# A weak reference only the garbage holds is garbage: no callback.
a = A()
a.me = a
a.r = weakref.ref(a, lambda r: print("never: held by garbage"))
b = A()
b.me = b
keep = weakref.ref(b, lambda r: print("b's callback"))
b.r = keep
del a, b
print(gc.collect() > 0)
print(keep())
# Held by garbage through a list and a dict.
c = A()
c.items = [c, weakref.ref(c, lambda r: print("never: in a list"))]
c.d = {"r": weakref.ref(c, lambda r: print("never: in a dict"))}
del c
print(gc.collect() > 0)
print("end")
