grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        grid[i][j] = i * 3 + j
print(grid)
print([row[1] for row in grid], [grid[i][i] for i in range(3)])
flat = [x for row in grid for x in row if x % 2 == 0]
print(flat)
m = [[1, 2], [3, 4]]
t = [[m[j][i] for j in range(2)] for i in range(2)]
print(t, [[1, 2], [3]] < [[1, 2], [4]], [1, [2, [3, [4]]]])
a = [1, 2]
a.append(a)
print(a)
