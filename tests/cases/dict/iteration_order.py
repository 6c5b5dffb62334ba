d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.values()), list(d.items()))
del d["alpha"]
d["alpha"] = 0
print(d)
d2 = {3: "c", 1: "a", 2: "b"}
print(sorted(d2.items()), max(d2), min(d2.values()), len(d2.keys()), 2 in d2.keys(), "a" in d2.values())
try:
    for k in d2:
        d2[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
