print(min(4, 2, 8), max(4, 2, 8), min([3.5, 2.5]), max("hello"), min("b", "a"))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum(range(10)), sum([], 0), sum([[1], [2]], []))
print(max([1, 5, 3], default=0) if True else 0, min([], default="empty"))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(abs(-7), abs(3.5), round(-0.5), round(1.25, 1), round(10.0 / 3, 3), divmod(-7, 2), divmod(7.5, -2))
