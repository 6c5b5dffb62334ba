# Lists whose elements inference types must stay correct when other code
# (dynamic or through aliases) stores different kinds of values into them.
def fill(target, value):
    target.append(value)


xs = [1.5, 2.5]
fill(xs, 3.5)
print(xs, xs[0] + xs[2])
fill(xs, "four")
print(xs, xs[3])
ys = [1, 2]
holder = [ys, "str"]
holder[0].append("mixed")
print(ys, ys[2], len(ys))
zs = [0.5]
anything = zs if len(zs) > 0 else None
anything.append("x")
print(zs, zs[1])
nested = [[1.0], [2.0]]
inner = nested[0]
inner.append(3)
print(nested, nested[0][1] + 1)
m = max([[1], [2]])
m.append("s")
print(m)
copy = list(xs)
copy[0] = None
print(xs[0], copy[0])
floats = [0.0] * 3
floats[1] = 2.5
floats += [4.0]
total = 0.0
for f in floats:
    total += f
print(floats, total, floats.pop(), sorted(floats))
grid = [[0] * 2 for _ in range(2)]
grid[1][0] = "cell"
print(grid)
fa = [1.5]
sb = ["t"]
z = fa if len(fa) > 5 else sb
z = fa
z[0] = "q"
z.append(2)
print(fa, sb, fa[0] + "!", fa[1] + 1)
