calls = []


def idx(k):
    calls.append(k)
    return k


a = [1, 2, 3]
a[idx(0)] += 5
a[idx(-1)] *= 10
print(a, calls)
b = [10, 20]
j = 0
b[j] += (j := 1)
print(b, j)
d = {"k": 1}
d["k"] += 1
d["n"] = d.get("n", 0) + 1
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 3
print(grid)
s = "ab"
s += "c"
s *= 2
print(s)
