# Typed list reads and writes at their edges: negative and out-of-range
# indices, big ints in an int list, nested lists shared by reference.
fs = [0.5, 1.5, 2.5]
print(fs[-1], fs[-3], fs[0] + fs[1])
fs[-1] = 9.25
print(fs)
for bad in (3, -4, 10 ** 20):
    try:
        print(fs[bad])
    except IndexError as e:
        print("IndexError:", e)
    try:
        fs[bad] = 1.0
    except IndexError as e:
        print("IndexError:", e)

ns = [1, 2, 3]
ns[0] = 2 ** 70
print(ns[0] + ns[1], ns[-1] * ns[0])
ns[0] = -7
print(ns[0] // 2, ns)

flags = [True, False, True]
flags[1] = True
print(flags[1], flags[-1] and flags[0], flags)

grid = [[0.0, 1.0], [2.0, 3.0]]
row = grid[1]
row[0] = 20.0
print(grid, grid[1][0], grid[-2][-1])
alias = grid[0]
grid = [[5.0]]
print(alias, grid)

def total(xs):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i]
        xs[i] = s
    return s

ys = [1.0, 2.0, 3.0, 4.0]
print(total(ys), ys)
try:
    print(total([1.0, 2.0])[5])
except TypeError as e:
    print("TypeError:", e)
