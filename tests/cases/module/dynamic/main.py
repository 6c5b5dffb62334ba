"""A module object reached by dynamic code: getattr, setattr, PEP 562."""
import mod
m = mod
print(getattr(m, "NAME"), getattr(m, "missing", "default"))
setattr(m, "NAME", "changed")
print(mod.NAME, mod.get_name())
setattr(m, "extra", 5)
print(m.extra, hasattr(m, "extra"), hasattr(m, "nope"))
print(mod.lazy, mod.other)
try:
    mod.bad
except AttributeError as e:
    print(e)
modules = [mod]
for x in modules:
    print(x.__name__, x.NAME)
