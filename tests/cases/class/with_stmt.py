# The with statement: __enter__/__exit__, the as target, exceptions passed
# to __exit__ (suppressed when it returns true), return/break/continue
# inside the body, nesting and several items.


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Tracker("a") as t:
    print("body", t.name)

with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Tracker("c"):
        {}["missing"]
except KeyError as e:
    print("caught", repr(e))


def early():
    with Tracker("d"):
        return "returned"


print(early())
for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

with Tracker("x") as x, Tracker("y") as y:
    print("both", x.name, y.name)


class Opened:
    def __enter__(self):
        return 42

    def __exit__(self, *args):
        print("closing", args)


with Opened() as value:
    print(value)
try:
    with 5:
        pass
except TypeError as e:
    print(e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print(e)


class Failing:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")


try:
    with Failing():
        raise ValueError("inner")
except RuntimeError as e:
    print(e, repr(e.__context__))
