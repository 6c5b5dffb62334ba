from contextlib import contextmanager, suppress, closing, nullcontext

@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name.upper()
    print("</" + name + ">")

with tag("a") as t:
    print("inside", t)

@contextmanager
def catcher():
    try:
        yield
    except ValueError as e:
        print("caught", e)

with catcher():
    raise ValueError("boom")
print("after")

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")

class Thing:
    def close(self):
        print("closed")

with closing(Thing()) as th:
    print("using", type(th).__name__)

with nullcontext(5) as n:
    print(n)

@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3))
try:
    with tag("z"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
