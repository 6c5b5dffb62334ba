# Lambdas inside generator expressions: the expression and the generator
# function made from it each hold a copy of the lambda, and each copy is
# its own function (found again through the id its definition was given).
print(sum((lambda x: x * 2)(v) for v in range(4)))
g = ((lambda: v)() for v in range(3))
print(list(g))
print(max((lambda a=v: a + 1)() for v in [5, 2, 9]))
fs = [lambda: i for i in range(3)]
print(sum(f() for f in fs), list(map(lambda t: (lambda: t)(), (x * x for x in range(4)))))
class C:
    def __init__(self):
        self.a = 1
        self.b = [lambda: self.a + k for k in range(2)]
    def m(self):
        return sum(f() for f in self.b) + sum((lambda z: z)(q) for q in range(3))
print(C().m())
