for t in (int, float, str, list, tuple, dict, set, bytes, bool):
    print(t.__name__, [n for n in ("__getitem__", "__len__", "__add__", "__iter__", "__contains__", "__hash__", "__lt__", "__mul__", "__and__", "__setitem__") if hasattr(t, n)])
print(int.__add__(1, 2), list.__len__([1]), str.__getitem__("ab", 1))
