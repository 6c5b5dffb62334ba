import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "ref alive:", r_of[self.name]() is not None)


r_of = {}
events = []

# Refcount death: __del__ sees the object through its weak reference;
# callbacks run after.
a = A("a")
r_of["a"] = weakref.ref(a, lambda r: events.append("cb a"))
del a
print(events)

# Cycle: weak references are cleared and callbacks run before __del__.
b = A("b")
b.me = b
r_of["b"] = weakref.ref(b, lambda r: events.append("cb b"))
del b
gc.collect()
print(events)

# Resurrection: __del__ stores the object; its weak reference keeps it.
keep = []


class Phoenix:
    def __del__(self):
        print("phoenix del", wr() is not None)
        keep.append(self)


p = Phoenix()
wr = weakref.ref(p, lambda r: print("phoenix cb"))
del p
print(len(keep), wr() is keep[0])
keep.clear()
print("cleared", wr())

# A callback that drops the last reference to another referent.
holder = {}


class B:
    pass


x = B()
y = B()
holder["y"] = y
ry = weakref.ref(y, lambda r: print("y gone"))
rx = weakref.ref(x, lambda r: (print("x gone"), holder.clear()))
del y
del x
print("end", rx(), ry())
