d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" not in d)
print(d.get("z"), d.get("z", 0), d.keys(), d.values(), d.items())
for k in d:
    print(k, d[k], end=" | ")
print()
for k, v in d.items():
    print(k, v, end=" ")
print()
del d["b"]
print(d, d.pop("c"), d, d.setdefault("q", 5), d)
d.update({"x": 1, "a": 0})
print(d, list(d), sorted(d), dict(a=1, b=2), dict([(1, 2), (3, 4)]))
print({1: "int", 1.0: "float", True: "bool"})
e = {}
e[(1, 2)] = "tuple key"
print(e, {} == {}, {1: 2} == {1: 2.0}, d.copy() == d)
