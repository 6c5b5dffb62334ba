# Chained comparisons evaluate left to right, each operand once, and stop
# at the first false link (issue 12, defect 2).
def f(x):
    print("f", x)
    return x

print(f(1) < f(2) < f(3))
print(f(3) < f(2) < f(1))
print(f(1) < f(3) > f(2) == f(2))
print(f(1) == f(1) != f(2) is not None)
x = 5
print(0 < x < 10, 0 < x > 10)
print(f(1) <= f(1) in [1, 2])
l = [1, 2]
print(f(1) in l not in [[1]])

class C:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return self.n < o.n

print(C(1) < C(2) < C(3) < C(0))
y = 1
print(y < (y := 5) < 10, y)
