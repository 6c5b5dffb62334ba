# Typed element paths: float, int and bool lists read and written in place.
fs = [0.5, 1.5, 2.5]
fs[0] = fs[1] + fs[-1]
fs[-1] = -fs[0]
print(fs, fs[0] * 2)
ns = [1, 2, 3]
ns[0] = ns[1] * ns[2]
ns[1] = 2 ** 70
ns[2] = -ns[2]
print(ns, ns[1] + 1, ns[-1])
flags = [True] * 4
flags[2] = False
flags[-1] = not flags[0]
print(flags, flags[2] or flags[1])
try:
    print(fs[3])
except IndexError as e:
    print("IndexError:", e)
try:
    ns[-4] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    print(flags[10])
except IndexError as e:
    print("IndexError:", e)
total = 0
for k in range(len(ns)):
    total += ns[k]
print(total)
