items = [1, "two", 3.0, None, [4], (5,)]
for it in items:
    print(type(it).__name__, it)
total = 0
for it in items:
    if isinstance(it, int):
        total += it
    elif isinstance(it, float):
        total += it
print(total)
items.append({"six": 6})
print(items, len(items))
