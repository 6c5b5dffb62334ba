fs = [0.5, 1.5, 2.5]
total = 0.0
for i, f in enumerate(fs):
    total += i * f
print(total)
for n, ch in enumerate("héllo", 1):
    if ch == "l":
        continue
    print(n, ch, end="; ")
print()
for k, v in enumerate(range(10, 13), start=-1):
    print(k, v)
for i, w in enumerate(["a", "b", "c"]):
    if i == 1:
        break
else:
    print("no break")
print(i, w)
for i, pair in enumerate([(1, 2), (3, 4)]):
    a, b = pair
    print(i, a + b)
for idx, item in enumerate([]):
    print("never")
for idx, item in enumerate({"x": 1, "y": 2}, True):
    print(idx, item)
