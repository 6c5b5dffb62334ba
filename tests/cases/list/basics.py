a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::2], a[::-1], a[-3:])
a.append(5)
a.insert(0, 0)
print(a, a.count(1), a.index(9), 4 in a, 7 in a)
a.sort()
print(a, sorted(a, reverse=True), min(a), max(a), sum(a))
a.reverse()
print(a, a.pop(), a.pop(0), a)
a.remove(1)
print(a)
a[0] = 100
a[1:3] = [7, 7, 7]
print(a)
del a[0]
del a[1:3]
print(a, a + [1], a * 2, [0] * 5)
b = a
b.append(42)
print(a is b, a == b, a == a.copy(), a is a.copy())
a.extend(range(3))
a.clear()
print(a, b, len(b))
