# __import__: the top-level package without a fromlist, the module itself with one (submodules it lists are
# imported), relative names against the globals' package, and CPython's errors.
m = __import__("math")
print(m.sqrt(16))
top = __import__("pkg.inner.deep")
print(top.__name__, top.inner.deep.VALUE)
deep = __import__("pkg.inner.deep", fromlist=["VALUE"])
print(deep.__name__)
pkg = __import__("pkg", globals(), None, ["sub", "missing_name"], 0)
print(pkg.__name__, pkg.sub.NAME, hasattr(pkg, "missing_name"))
rel = __import__("sub", {"__name__": "pkg.inner", "__package__": "pkg"}, None, ["NAME"], 1)
print(rel.__name__)
up = __import__("", {"__name__": "pkg.inner.deep"}, None, ["deep"], 1)
print(up.__name__, up.deep.VALUE)
for args, kwargs in [((), {}), (("a", 1, 2, 3, 4, 5), {}), ((1,), {}), (("x",), {"level": -1}),
                     (("x",), {"level": 1}), (("",), {}), (("os",), {"bogus": 1}), (("nosuch_module",), {}),
                     (("x", {"__name__": "__main__"}), {"level": 1}),
                     (("x", {"__package__": "pkg"}), {"level": 3})]:
    try:
        __import__(*args, **kwargs)
    except (TypeError, ValueError, ImportError, KeyError) as e:
        print(type(e).__name__, e)
