print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({x % 4 for x in range(10)}, {k: v for k, v in zip("abc", range(3))})
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [len(w) for w in words])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [sum(r) for r in matrix])
