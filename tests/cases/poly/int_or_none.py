def parse(s):
    if s.isdigit():
        return int(s)
    return None

results = [parse(x) for x in ["12", "x", "7", ""]]
print(results)
total = 0
for r in results:
    if r is not None:
        total += r
print(total)
best = None
for v in [4, 9, 2]:
    if best is None or v > best:
        best = v
print(best)
