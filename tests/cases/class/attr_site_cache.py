# One attribute site seeing many classes: each keeps the name at its own
# layout position, classes come and go, and hooks appear later.


class A:
    def __init__(self):
        self.x = "A.x"


class B:
    def __init__(self):
        self.pad = 0
        self.x = "B.x"


class C(B):
    def __init__(self):
        super().__init__()
        self.y = 1
        self.x = "C.x"


class D:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.x = "D.x"


class E:
    pass


def read(o):
    return o.x


def write(o, v):
    o.x = v


objs = [A(), B(), C(), D(), A(), D(), C()]
e = E()
e.x = "E.x"
objs.append(e)
for round_ in range(3):
    print([read(o) for o in objs])
for i, o in enumerate(objs):
    write(o, i)
print([read(o) for o in objs])

# Classes made over and over (freed ones may reuse addresses).
for n in range(6):
    fields = ["f%d" % k for k in range(n)] + ["x"]

    def init(self, n=n):
        for k in range(n):
            setattr(self, "f%d" % k, k)
        self.x = n * 10

    K = type("K%d" % n, (), {"__init__": init})
    k = K()
    print(n, read(k), vars(k))
    write(k, -n)
    print(read(k))

# A property added later takes over the name.
a = A()
print(read(a))
A.x = property(lambda self: "property")
print(read(a))
try:
    write(a, 5)
except AttributeError as ex:
    print("AttributeError:", ex)
del A.x
print(read(a))
# An unset attribute still raises.
b = B.__new__(B)
b2 = object.__new__(B)
object.__init__(b2)
print(type(b2).__name__, vars(b2))
try:
    read(b)
except AttributeError as ex:
    print("AttributeError:", ex)
del objs[1].x
try:
    read(objs[1])
except AttributeError as ex:
    print("AttributeError:", ex)
print(read(objs[2]))
