# A tracked class made both directly and by the runtime (through type(x),
# a class passed as a value, a class method): each instance gets exactly
# the arguments it was given.


class V:
    def __init__(self, x):
        self.x = x

    def show(self):
        return repr(self.x)


class W(V):
    pass


a = V(1.5)
b = type(a)(2)
print(a.show(), b.show(), type(b).__name__)


def build(cls, arg):
    return cls(arg)


c = build(W, "three")
print(c.show(), isinstance(c, V), isinstance(c, (W, int)))
d = W(4.5)
print(d.show(), d.x + 1)
items = [V(1.0), W(2.0), build(V, 3)]
print([i.show() for i in items])
class C2:
    def __init__(self, x):
        self.x = x

    def show(self):
        return repr(self.x)


def local():
    class D(C2):
        pass

    return D(2)


print(C2(1.5).show(), local().show())


class E:
    @classmethod
    def make(cls, v):
        return cls(v)

    def __init__(self, v):
        self.v = v


e = E(2.5)
print(e.make(3).v, E(1.0).v)
