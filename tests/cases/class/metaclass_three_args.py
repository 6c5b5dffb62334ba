def init(self, x): self.x = x
C = type("C", (object,), {"__init__": init, "k": 3})
c = C(5)
print(c.x, C.k, C.__name__, type(c).__name__)
class M(type): pass
D = M("D", (C,), {})
print(type(D).__name__, D(1).x, isinstance(D(2), C))
