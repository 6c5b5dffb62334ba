# Method calls on receivers of several classes through one call site: the
# site remembers what each class's method is, and forgets it whenever a
# class changes.


class A:
    def who(self):
        return "A.who"

    def greet(self, x):
        return "A.greet " + str(x)


class B(A):
    def who(self):
        return "B.who"


class C(A):
    pass


class D:
    def who(self):
        return "D.who"


def call_all(objs):
    return [o.who() for o in objs]


objs = [A(), B(), C(), D(), 1.5]
objs.pop()
for _ in range(3):
    print(call_all(objs))

# Replacing a method on a class is seen by the next call at the same site.
A.who = lambda self: "patched A.who"
print(call_all(objs))

# A base class change reaches subclasses that do not override.
def c_who(self):
    return "C.who added later"


C.who = c_who
print(call_all(objs))
del C.who
print(call_all(objs))

# Deleting the method: the next call raises as CPython does.
del D.who
try:
    call_all(objs)
except AttributeError as e:
    print("AttributeError:", e)
D.who = lambda self: "D.who again"
print(call_all(objs))

# An instance attribute shadows the class's method.
b = B()
b.who = lambda: "instance who"
print(call_all([b, B()]))
del b.who
print(call_all([b]))


# A callable object in place of a function.
class Caller:
    def __call__(self, *args):
        return ("called with", len(args))


A.greet = Caller()
print([o.greet(1) for o in objs[:3]])


# Many classes through one site (more than it remembers).
classes = []
for k in range(6):
    classes.append(type("K%d" % k, (A,), {"who": (lambda k: lambda self: "K%d" % k)(k)}))
print(call_all([c() for c in classes] * 2))


# Methods called with keywords and defaults at a cached site.
class E:
    def f(self, a, b=2, *, c=3):
        return (a, b, c)


es = [E(), E()]
print([e.f(1) for e in es], [e.f(1, c=9) for e in es], [e.f(a=0, b=1) for e in es])
E.f = lambda self, a, b=20, *, c=30: ("new", a, b, c)
print([e.f(1) for e in es])
