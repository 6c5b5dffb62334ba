a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
c.append(5)
print(a, b, c, a is b, a is c)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
safe = [[0] * 2 for _ in range(2)]
safe[0][0] = 1
print(safe)
def mutate(lst):
    lst += [99]
    lst = [0]
    return lst
m = [1]
print(mutate(m), m)
