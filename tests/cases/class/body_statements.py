# Any statement may appear in a class body: it runs once, filling the
# class's namespace, and its names are read from that namespace first.
import sys

x = "global x"
log = []


class Config:
    """A configured class."""
    print("body runs", __name__, __module__, __qualname__)
    debug = False
    if sys.version_info >= (3, 0):
        mode = "py3"
    else:
        mode = "py2"
    for i in range(3):
        log.append(i)
    squares = [n * n for n in range(4)]
    a, b = 1, 2
    a += 10
    try:
        missing = {}["k"]
    except KeyError as e:
        err = repr(e)
    with __import__("contextlib").nullcontext(5) as ctx:
        in_with = ctx
    import math
    from string import ascii_lowercase as p
    count = 0
    while count < 3:
        count += 1
    del b
    total = sum([a, count])

    class Inner:
        kind = "inner"

        def where(self):
            return type(self).__qualname__

    if debug:
        def method(self):
            return "debug"
    else:
        def method(self):
            return "release"

    match mode:
        case "py3":
            matched = True
        case _:
            matched = False


print(Config.__doc__)
print(Config.mode, Config.i, Config.squares, Config.a, Config.err, Config.in_with)
print(Config.math.sqrt(16), Config.p[:3], Config.count, Config.total, Config.matched)
print(hasattr(Config, "b"), hasattr(Config, "e"), log)
print(Config.Inner.kind, Config.Inner().where(), Config.Inner.__qualname__, Config.Inner.where.__qualname__)
print(Config().method(), Config.method.__qualname__)
print([k for k in Config.__dict__ if not k.startswith("__")])


# A name bound in the body shadows the global and the builtin, from the
# point it is bound; a comprehension cannot see it (its first iterable can).
class Scoping:
    before = x
    x = "class x"
    after = x
    seen = [x for _ in range(2)]
    first = [c for c in x[:3]]
    len = lambda self_or_s: 42
    n = len("abc")
    del len
    m = len("abc")


print(Scoping.before, Scoping.after, Scoping.seen, Scoping.first, Scoping.n, Scoping.m)


# locals() in a class body is the namespace itself.
class WithLocals:
    p = 1
    q = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
    locals()["r"] = 3
    v = sorted(vars())


print(WithLocals.names, WithLocals.r, WithLocals.v)


# A class body inside a function sees the function's variables it does not bind.
def make(tag):
    base = 10

    class Made:
        label = tag * 2
        value = base + 1
        if tag == "b":
            extra = True

    return Made


M1, M2 = make("a"), make("b")
print(M1.label, M1.value, hasattr(M1, "extra"), M2.extra, M1.__qualname__)


# Errors in the body propagate from the class statement.
try:
    class Broken:
        y = 1
        del z
except NameError as e:
    print("NameError:", e)

try:
    class Broken2:
        raise ValueError("bad body")
except ValueError as e:
    print("ValueError:", e)
print("Broken2" in globals())


# Annotations gathered anywhere in the body, in order.
class Annotated:
    a: int
    if True:
        b: str = "s"
    c: float = 1.0


print(Annotated.__annotations__, Annotated.b)


# Nested classes several levels deep.
class Outer:
    class Middle:
        class Deepest:
            def name(self):
                return "deep"

        ref = Deepest


print(Outer.Middle.Deepest.__qualname__, Outer.Middle.ref().name(), Outer.Middle.Deepest.name.__qualname__)
