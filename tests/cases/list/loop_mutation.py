# A for loop over a list sees the list as it changes, as CPython's list
# iterator does (it re-reads the length at every step).
xs = [1, 2, 3]
for x in xs:
    if x < 4:
        xs.append(x + 3)
    print(x, len(xs))
print(xs)

ys = [10, 20, 30, 40]
for y in ys:
    print(y)
    if y == 20:
        ys.pop()
print(ys)

grid = [[1.5, 2.5], [3.5, 4.5], [5.5]]
total = 0.0
for row in grid:
    for v in row:
        total += v
    row.append(total)
print(grid, total)

for i in range(3):
    for w in []:
        print("never")
    else:
        print("empty else", i)

found = None
for n in [3, 8, 12, 5]:
    if n % 4 == 0:
        found = n
        break
else:
    found = -1
print(found)

words = ["a", "bb", "ccc"]
for k, w in enumerate(words):
    words[k] = w.upper()
print(words)

for r in range(10, -10, -7):
    print(r, end=" ")
print()
for r in range(9223372036854775800, 9223372036854775807, 3):
    print(r, end=" ")
print()
for r in range(-9223372036854775808, -9223372036854775806):
    print(r, end=" ")
print()
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(5, 5)))
