def f(a, b=1):
    return a + b


def g(a, b, c=1, d=2):
    return a + b + c + d


def h(a, b, c):
    return a


def k1(a):
    return a


def k2(a, *, c):
    return a


calls = [
    lambda: f(1, 2, 3), lambda: g(1, 2, 3, 4, 5), lambda: g(), lambda: h(), lambda: g(1),
    lambda: k1(1, 2, bad=3), lambda: k2(1, 2, c=3), lambda: k2(1, 2, c=3, bad=4), lambda: k1(1, a=2),
    lambda: k2(1), lambda: k1(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
# The same through a function value (the runtime binds the arguments).
for fn, args, kw in [(f, (1, 2, 3), {}), (k1, (1, 2), {'bad': 3}), (k2, (1, 2), {'c': 3}), (h, (), {})]:
    try:
        fn(*args, **kw)
    except TypeError as e:
        print(e)
