"""globals(), vars() and dir() of a module's namespace."""
import helper

x = 1


def f():
    return sorted(k for k in globals() if not k.startswith("__"))


print(dir())
print(f())
g = globals()
print(g["x"], g["__name__"], "helper" in g, type(g).__name__)
print(sorted(globals().keys()) == dir())
print(globals()["f"]() == f())
print(dir(helper))
print(helper.names())
for name in ["x", "f", "missing"]:
    print(name, name in globals())
import lazydir
print(dir(lazydir))
