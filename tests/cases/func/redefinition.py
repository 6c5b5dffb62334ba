# A module-level name bound by several `def`s holds whichever ran last.
import sys


def f():
    return "first"


print(f())
early = f


def f():
    return "second"


print(f(), early(), f is early, f.__name__)

if len(sys.argv) > 5:
    def g(x):
        return "a" + x
else:
    def g(x):
        return "b" + x
print(g("!"))


def call_later():
    return h(2)


def h(x):
    return x * 10


print(call_later())


def h(x):
    return x * 100


print(call_later(), [h(i) for i in range(3)])

for i in range(2):
    def k():
        return i
print(k())
