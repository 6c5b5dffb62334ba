# Direct methods: defaults evaluated once in the class body, mutable
# defaults shared by direct and dynamic calls, keyword-only parameters,
# closures capturing self, properties and static/class methods beside them.


class Acc:
    LIMIT = 3

    def __init__(self, start=0):
        self.total = start

    def add(self, x, seen=[], limit=LIMIT):
        seen.append(x)
        self.total += x
        return len(seen) <= limit

    def adder(self):
        base = self.total
        return lambda y: base + y + self.total

    def configure(self, *, step=1, name="acc"):
        self.step = step
        return name * step

    @property
    def double(self):
        return self.total * 2

    @staticmethod
    def zero():
        return Acc()

    @classmethod
    def make(cls, n):
        return cls(n)


a = Acc()
print(a.add(1), a.add(2), a.add(3), a.add(4), a.total)
# The same default list through the function value.
g = Acc.add
print(g(a, 5), a.total)
f = a.adder()
a.total = 100
print(f(1), a.double)
print(a.configure(step=2), a.configure(name="z"), a.step)
try:
    a.configure(3)
except TypeError as e:
    print("TypeError:", e)
print(Acc.zero().total, Acc.make(7).total, Acc.make(7).double)


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self.c = (v - 32) * 5 / 9


t = Temp(100)
print(t.f)
t.f = 32
print(t.c, t.f)


class Base:
    def __init__(self):
        self.log = []

    def step(self, k):
        self.log.append(("base", k))
        return self.finish(k)

    def finish(self, k):
        return k


class Child(Base):
    def finish(self, k):
        return k * 10


def run(b):
    return b.step(2)


print(run(Base()), run(Child()))
x = Child()
print(x.step(3), x.log)


# A method defined twice: the second one wins.
class Twice:
    def m(self):
        return 1

    def m(self):
        return 2


print(Twice().m())


# Methods stored in a container and called later.
class Ops:
    def __init__(self):
        self.n = 1

    def inc(self):
        self.n += 1

    def dbl(self):
        self.n *= 2


o = Ops()
for op in [o.inc, o.dbl, o.inc]:
    op()
print(o.n)


# A method's function value bound under other names in its class body.
class Aliased:
    def __init__(self, v):
        self.v = v

    def m(self, k):
        return self.v * k

    alias = m
    table = {"m": m}


al = Aliased(3)
print(al.alias(2), Aliased.table["m"](al, 4), al.m(5))
