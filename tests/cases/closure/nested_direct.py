# Nested functions called directly (typed bodies taking their cells) and
# the variables they share through cells (typed by every store into them).


def queens(n):
    cols = set()
    placed = []
    found = []

    def place(row):
        if row == n:
            found.append(tuple(placed))
            return
        for col in range(n):
            if col in cols:
                continue
            cols.add(col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)

    place(0)
    return len(found), found[0], found[-1]


print(queens(4))


def escapes():
    # Called directly and also passed around: the wrapper passes dynamic
    # arguments.
    scale = 3

    def f(x):
        return x * scale

    print(f(2), f(2.5), f("ab"))
    print(list(map(f, [1, 2])), sorted([3, 1, 2], key=f))
    g = f
    print(g(4), f.__name__, f.__qualname__)


escapes()


def defaults_and_keywords():
    out = []
    for k in range(3):
        def add(x, y=k * 10):
            return x + y

        out.append(add(1))
        out.append(add(1, 2))
        out.append(add(x=5))
    print(out)


defaults_and_keywords()


def unbound_calls():
    try:
        early(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

    def inner():
        return later(2)

    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)

    def early(x):
        return x

    def later(x):
        return x * 2

    print(early(1), inner())


unbound_calls()


def shadowing():
    x = 1

    def get():
        return x

    def other():
        x = "local"
        return get(), x

    print(other())


shadowing()


def nonlocal_types():
    total = 0
    log = []

    def bump(v):
        nonlocal total
        total = total + v
        log.append(v)

    bump(1)
    bump(2)
    print(total, log)
    total = "reset"

    def show():
        return total

    print(show())


nonlocal_types()


def attributes():
    def counter(x):
        counter.calls += 1
        return x + 1

    counter.calls = 0
    counter(1)
    counter(2)
    print(counter.calls)


attributes()


def deep(n):
    def down(k):
        if k == 0:
            return 0
        return 1 + down(k - 1)

    return down(n)


print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)


def rebinding_through_nonlocal():
    def f(x):
        return x + 1

    def swap():
        nonlocal f
        f = lambda x: x * 100

    print(f(1))
    swap()
    print(f(1))


rebinding_through_nonlocal()


def mutual(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)

    def is_odd(k):
        return False if k == 0 else is_even(k - 1)

    return is_even(n), is_odd(n)


print(mutual(10), mutual(7))


def errors_inside():
    def div(a, b):
        return a // b

    try:
        div(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        div(1)
    except TypeError as e:
        print("TypeError:", e)


errors_inside()


def cell_of_many_types():
    v = [1]

    def show():
        return v

    print(show())
    v = None
    print(show())
    v = {"k": 2.5}
    print(show())


cell_of_many_types()
