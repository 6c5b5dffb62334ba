# Functions as values: lambdas, closures over cells, nonlocal, late
# binding, functions passed, stored and returned, decorators, *args and
# **kwargs, defaults evaluated once.
def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


c = make_counter()
print(c(), c(), c(10), make_counter(5)())

square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), list(sorted([3, -1, 2], key=lambda v: -v)))


def compose(f, g):
    return lambda x: f(g(x))


inc = lambda n: n + 1
print(compose(square, inc)(4), compose(inc, square)(4))

adders = [lambda x, k=k: x + k for k in range(3)]
late = [lambda x: x + k for k in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def apply_all(fs, v):
    return [f(v) for f in fs]


print(apply_all([int, str, square], -3))


def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(args[0], args[1])

    return wrapper


@trace
def add(a, b):
    return a + b


print(add(2, 3), add.__name__)


def collect(*args, sep="-", **kw):
    return sep.join(str(a) for a in args) + " " + str(sorted(kw.items()))


print(collect(1, 2, 3), collect(sep="+"), collect("a", x=1, y=2))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x + "!"

        return inner

    x = "rebound"
    return middle()()


print(outer())
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
print(make_counter.__name__, c.__name__, square.__name__, c.__qualname__)
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)


def memo(f):
    cache = {}

    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return g


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80))
