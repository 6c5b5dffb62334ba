print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)), list(range(0)), list(range(5, 1)))
r = range(1, 20, 3)
print(r, len(r), r[2], r[-1], 7 in r, 8 in r, list(r[1:3]))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
total = 0
for k in range(-5, 5, 2):
    total += k
print(total)
