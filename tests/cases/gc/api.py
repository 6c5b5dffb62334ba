# The gc module's interface: switches, thresholds, freezing, tracking.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print(gc.get_threshold())
gc.set_threshold(1234)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)

print(len(gc.get_count()), all(c >= 0 for c in gc.get_count()))
print(gc.collect() >= 0, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)

for bad in (lambda: gc.collect(3), lambda: gc.collect(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    gc.enable(1)
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold("a")
except TypeError as e:
    print("TypeError", e)

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
old = gc.get_debug()
gc.set_debug(gc.DEBUG_COLLECTABLE)
print(gc.get_debug())
gc.set_debug(old)
print(gc.garbage, gc.garbage is gc.garbage)

# The docs' examples of what is tracked.
# (Whether an empty list is tracked is the implementation's choice: pyaot tracks a list once it
# holds a container, as CPython does dicts.)
print(gc.is_tracked(0), gc.is_tracked("a"), gc.is_tracked([[]]), gc.is_tracked({"a": []}), gc.is_tracked({}))


class Foo:
    pass


print(gc.is_tracked(Foo()), gc.is_finalized(Foo()), gc.is_finalized([1, 2]), gc.is_finalized(1))


class Phoenix:
    def __del__(self):
        print("finalized once")


p = Phoenix()
p.me = p
saved = []
print(gc.is_finalized(p))
del p
print(gc.collect() >= 1)

gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
