# `yield from` a generator: sends reach the innermost generator directly,
# while everything the delegation means stays as in CPython.


def inner(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
    return total


def middle(n):
    r = yield from inner(n)
    yield ("inner returned", r)
    return r * 2


def outer(n):
    r = yield from middle(n)
    yield ("middle returned", r)


g = outer(3)
print(next(g), g.send(10), g.send(20), g.send(None), next(g))
print(list(g))


# An exception in the innermost generator passes through every frame.
def failing():
    yield 1
    raise KeyError("deep")


def wrap():
    try:
        yield from failing()
    except KeyError as e:
        yield ("caught in wrap", str(e))
    yield "after"


print(list(wrap()))


def wrap2():
    yield from wrap()


print(list(wrap2()))


# throw() and close() go through the delegating generator's code.
def closer():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield ("inner caught", str(e))
    finally:
        print("inner finally")


def deleg():
    try:
        yield from closer()
    finally:
        print("outer finally")


d = deleg()
print(next(d), d.throw(ValueError("x")))
d.close()
d2 = deleg()
next(d2)
d2.close()


# Re-entering the delegating generator from its delegate is an error.
def reenter():
    yield next(holder[0])


def host():
    yield from reenter()


holder = [host()]
try:
    next(holder[0])
except ValueError as e:
    print("ValueError:", e)


# StopIteration escaping a delegate becomes RuntimeError (PEP 479).
def stopper():
    yield 1
    raise StopIteration("no")


def via():
    yield from stopper()


try:
    print(list(via()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


# A delegate that is exhausted at once, and delegation to other iterables.
def empty():
    return "nothing"
    yield


def mixed():
    r = yield from empty()
    yield r
    yield from [1, 2]
    yield from (x * x for x in range(3))
    yield from range(2)


print(list(mixed()))


# Deep chains, consumed by a for loop and by next() in turns.
def chain(depth):
    if depth == 0:
        yield from range(5)
    else:
        yield from chain(depth - 1)


c = chain(30)
print(next(c), next(c), list(c))


# Sends through a chain of three, with values coming back.
def echo():
    v = None
    while True:
        v = yield v
        if v == "stop":
            return "echo done"


def relay():
    return (yield from echo())


def top():
    r = yield from relay()
    yield r


t = top()
next(t)
print(t.send(1), t.send("two"), t.send("stop"))
