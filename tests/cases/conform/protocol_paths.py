# Dynamic paths that the runtime's lower layers reach through the object
# protocol: element reprs and equality in containers, hashing of keys,
# special methods behind bool()/float()/int(), native objects' slots.
from functools import cmp_to_key, partial, lru_cache, wraps
from dataclasses import dataclass, field, fields
from collections import namedtuple, OrderedDict, Counter, defaultdict


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print("eq", self.k, other.k)
        return self.k == other.k

    def __hash__(self):
        return hash(self.k) % 3

    def __repr__(self):
        return f"Key({self.k!r})"


d = {Key(1): "a", Key(4): "b"}
print(d[Key(4)], d)
s = {Key(2), Key(5), Key(2)}
print(len(s), sorted(x.k for x in s))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Idx:
    def __index__(self):
        return 7


print(bool(Sized(0)), bool(Sized(3)), float(Idx()), [10, 20, 30, 40, 50, 60, 70, 80][Idx()])
try:
    bool(Sized(-1))
except ValueError as e:
    print("ValueError:", e)

nested = [1, (2.5, "x"), {"k": [None, True]}, {3}, b"\x00a", bytearray(b"z")]
nested.append(nested)
print(nested, str(nested) == repr(nested))
print(("é", "\u2603", "\U0001f600"), ascii(["é", "\u2603"]))


def cmp(a, b):
    return (a % 10) - (b % 10) or a - b


print(sorted([31, 12, 45, 22, 3, 11], key=cmp_to_key(cmp)))
k1, k2 = cmp_to_key(cmp)(21), cmp_to_key(cmp)(12)
print(k1 < k2, k1 > k2, k1 <= k2, type(k1).__name__ if hasattr(type(k1), "__name__") else "")

p = partial(partial(print, "a", sep="-"), "b")
p("c", end="!\n")
print(p.args, p.keywords, repr(p).startswith("functools.partial(<built-in function print>"))


@lru_cache(maxsize=2)
def sq(n):
    return n * n


print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
info = sq.cache_info()
print(info.hits, info[1], tuple(info) == info, info == (2, 3, 2, 2))


def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a) + 1
    return inner


@deco
def base(x):
    "doc of base"
    return x


print(base(1), base.__name__, base.__doc__, base.__wrapped__(1))


@dataclass(order=True)
class P:
    x: int
    y: list = field(default_factory=list, repr=False)


print(P(1), P(1) < P(2), [f.name for f in fields(P)], repr(fields(P)[1].default_factory))

T = namedtuple("T", "a b")
t = T(1, [2])
print(t, str(t), f"{t}", "%s|%r" % (t, t), "{0!s} {0!r} {0!a}".format(T("é", 1)))
print(OrderedDict(a=1), Counter("abca"), defaultdict(int, {"z": 1}))
print(format(3 + 4j, ">12"), format(-1.5j, ".2f"), f"{2j:g}")
