# Calls through function values: CPython's binding errors, mutable
# defaults shared across calls, decorator factories, recursion through a
# closure, and loops creating closures.
def f(a, b, c=3, *, d, e=5):
    return (a, b, c, d, e)


g = f
five, text = 5, "s"
print(g(1, 2, d=4), g(1, 2, 9, d=4, e=6), g(b=2, a=1, d=0))
for call in [lambda: g(1), lambda: g(1, 2), lambda: g(1, 2, 3, 4, d=1), lambda: g(1, 2, d=1, z=0),
             lambda: g(1, 2, a=1, d=1), lambda: (lambda: 0)(1), lambda: (lambda x, y: 0)(),
             lambda: five(), lambda: text(1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def append_to(x, acc=[]):
    acc.append(x)
    return acc


h = append_to
print(h(1), h(2), h(3, []), h(4))


def repeat(n):
    def deco(fn):
        def run(*args):
            return [fn(args[0]) for _ in range(n)]

        return run

    return deco


@repeat(3)
def shout(s):
    return s.upper()


print(shout("hey"))


def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)

    return fact


print(make_fact()(20))
fs = []
for i in range(3):
    fs.append(lambda: i * 10)
print([fn() for fn in fs])


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n

    return inc, get


inc, get = counter_pair()
inc()
inc()
print(get(), inc(), get())


def early():
    def show():
        return v

    try:
        show()
    except NameError as e:
        print("NameError:", e)
    v = 1
    return show()


print(early())
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda p: p[1]), max([3, 1, 2], key=lambda x: -x))
