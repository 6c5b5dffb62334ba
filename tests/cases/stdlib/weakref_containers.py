import gc
import weakref
from weakref import WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, ref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

cache = WeakValueDictionary()
a, b = Obj("a"), Obj("b")
cache["a"] = a
cache["b"] = b
print(len(cache), sorted(cache.keys()), cache["a"], "b" in cache, cache.get("zz", "none"))
del b
gc.collect()
print(len(cache), list(cache), "b" in cache, cache.get("b"))
try:
    cache["b"]
except KeyError as e:
    print("KeyError", e)

meta = WeakKeyDictionary()
k1, k2 = Obj("k1"), Obj("k2")
meta[k1] = 1
meta[k2] = 2
print(len(meta), meta[k1], k2 in meta, sorted(v for k, v in meta.items()))
del k1
gc.collect()
print(len(meta), [k.name for k in meta])

ws = WeakSet()
x, y = Obj("x"), Obj("y")
ws.add(x)
ws.add(y)
ws.add(x)
print(len(ws), x in ws, Obj("z") in ws)
del y
gc.collect()
print(len(ws), list(ws))

def bye(label):
    print("finalized", label)
t = Obj("t")
f = finalize(t, bye, "t")
print(f.alive)
del t
gc.collect()
print(f.alive, f())
u = Obj("u")
g = finalize(u, bye, "u")
print(g(), g.alive, g())
v = Obj("v")
h = finalize(v, bye, "at exit")
d = finalize(Obj("w"), bye, "detached")
print("end of main", h.alive)
