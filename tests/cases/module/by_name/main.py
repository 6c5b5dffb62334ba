"""Modules imported by names computed at run time; sys.modules."""
import importlib
import sys

for name in ["alpha", "beta"]:
    m = importlib.import_module("plugins." + name)
    print(m.NAME, m.run(2), m.__name__)
print(importlib.import_module(".alpha", "plugins").NAME)
print("plugins.alpha" in sys.modules, "plugins.gamma" in sys.modules)
import counter
print(counter.loads)
import counter
print(counter.loads)
del sys.modules["counter"]
import counter as again
print(again.loads, again is counter)
print(importlib.import_module("math").sqrt(16.0))
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
mods = [sys.modules["plugins.beta"], counter]
for mod in mods:
    print(mod.__name__, getattr(mod, "NAME", None))
