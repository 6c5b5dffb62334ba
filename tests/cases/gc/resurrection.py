# A finalizer runs once per object (PEP 442): an object its __del__ stores
# somewhere lives on, is not finalized again, and is freed when dropped.
import gc

survivors = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("finalizing", self.name)
        survivors.append(self)


Phoenix("first")
print(gc.collect() >= 0)
print([p.name for p in survivors])
survivors.clear()
print(gc.collect() >= 1)
print("after the second collection", survivors)


# A cycle whose finalizer breaks it: freed by reference counting.
class Pair:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)
        self.other = None


a, b = Pair("a"), Pair("b")
a.other, b.other = b, a
del a, b
gc.collect()
print("done")

# With DEBUG_SAVEALL the garbage is kept in gc.garbage instead of freed.
gc.set_debug(gc.DEBUG_SAVEALL)
x = [1]
x.append(x)
del x
gc.collect()
print(len(gc.garbage), gc.garbage[0][0])
gc.set_debug(0)
gc.garbage.clear()
