# weakref.proxy (attribute, operator and call forwarding, callbacks,
# ReferenceError once dead) and WeakMethod.
import weakref, gc
class A:
    def __init__(self): self.x = 1; self.items = [1, 2, 3]
    def m(self, k): return self.x + k
    def __len__(self): return 3
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
    def __add__(self, o): return self.x + o
    def __call__(self, y): return y * 2
    def __str__(self): return "A-str"
    def __eq__(self, o): return isinstance(o, A)
    __hash__ = object.__hash__
a = A()
p = weakref.proxy(a)
print(p.x, p.m(2), len(p), list(p), p[1], p + 5, 5 in p.items, str(p), p == a, p(4))
p.y = 7
print(a.y)
del p.y
print(hasattr(a, "y"), type(p).__name__, weakref.getweakrefcount(a))
try:
    hash(p)
except TypeError as e:
    print(e)
print(isinstance(p, A), bool(p))
class B: pass
b = B()
q = weakref.proxy(b, lambda r: print("callback", type(r).__name__))
print(type(q).__name__, weakref.ProxyTypes)
del b
gc.collect()
try:
    q.x
except ReferenceError as e:
    print("ReferenceError", e)
wm = weakref.WeakMethod(a.m)
print(wm()(3), wm() == a.m, type(wm).__name__)
del a, p
gc.collect()
print(wm())
class C:
    def f(self): return 1
c = C()
wm2 = weakref.WeakMethod(c.f, lambda r: print("method gone", r() is None))
del c
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
