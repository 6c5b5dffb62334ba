# Exceptions through generators that pyaot fuses into their loops: the
# generator's own errors, the loop body's errors, PEP 479, and NameError
# for a generator called before its def runs.

try:
    for x in early():
        pass
except NameError as e:
    print("NameError:", e)


def early():
    yield 1


def bad_items(n):
    for i in range(n):
        yield 10 // (2 - i)


try:
    for v in bad_items(5):
        print("v", v)
except ZeroDivisionError as e:
    print("caught from the generator:", e)

try:
    print(sum(bad_items(5)))
except ZeroDivisionError as e:
    print("caught in sum:", e)


def nexts(it):
    # next() on an exhausted iterator inside a generator: RuntimeError.
    while True:
        yield next(it)


try:
    for v in nexts(iter([1, 2])):
        print("n", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def raises_stop():
    yield 1
    raise StopIteration("explicit")


try:
    print(list(raises_stop()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def guarded(it):
    # A StopIteration the generator catches itself is fine.
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v * 2


print(list(guarded(iter([1, 2, 3]))))


def count(n):
    for i in range(n):
        yield i


# A StopIteration raised by the loop body is the body's, not the generator's.
empty = iter([])
try:
    for v in count(3):
        next(empty)
except StopIteration:
    print("StopIteration from the body passes through")

# The body's other exceptions pass through unchanged too.
try:
    for v in count(3):
        if v == 1:
            raise ValueError("from the body")
except ValueError as e:
    print("ValueError:", e)


def checked(xs):
    for x in xs:
        if x < 0:
            raise ValueError(f"negative: {x}")
        yield x


def total(xs):
    s = 0
    try:
        for x in checked(xs):
            s += x
    except ValueError as e:
        print("  total:", e)
        return -1
    return s


print(total([1, 2, 3]), total([1, -2, 3]))


def uses_handler():
    try:
        int("x")
    except ValueError as e:
        yield str(e)


print(list(uses_handler()))


# Uncaught, from a generator's code: a traceback and exit status 1.
def last(n):
    for i in range(n):
        yield [1, 2][i]


for v in last(3):
    print("last", v)
