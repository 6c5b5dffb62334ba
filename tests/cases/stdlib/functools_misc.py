# functools.partial, reduce, wraps, cmp_to_key, total_ordering.
from functools import partial, reduce, wraps, cmp_to_key, total_ordering
import functools


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(2), square(5, mod=3))
p = partial(power, 2)
print(p(10), p.args, p.keywords, p.func is power)
pp = partial(p, 5)
print(pp(), pp.args)
print(partial(print, sep="-")(1, 2, 3))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [], 0))
print(reduce(max, (3, 8, 1)))


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3), add.__name__, add.__qualname__, add.__wrapped__(1, 1))


def compare_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=cmp_to_key(compare_len)))
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))
print(max(words, key=cmp_to_key(compare_len)))


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a <= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b))
try:
    a < 3
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
