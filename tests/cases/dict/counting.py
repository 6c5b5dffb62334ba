text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, {i: i * i for i in range(5)}, {c: ord(c) for c in "xyz"})
try:
    print(counts["dog"])
except KeyError as e:
    print("KeyError:", e)
