# functools.lru_cache / cache: results, statistics, eviction order, keys.
from functools import lru_cache, cache


@lru_cache(maxsize=128)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(100))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (98, 101, 128, 101))
fib.cache_clear()
print(fib.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    square(x)
print(calls, square.cache_info())


@cache
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print(ack(2, 3), ack.cache_info())


@lru_cache
def plain(a, b=0):
    calls.append((a, b))
    return a + b


calls.clear()
print(plain(1), plain(1), plain(1, 0), plain(1, b=0), plain(a=1, b=0))
print(calls)
print(plain(1.0), plain(True))
print(plain.cache_info())


@lru_cache(maxsize=None)
def keyed(*args, **kwargs):
    return len(args) + len(kwargs)


print(keyed(1, 2, x=3), keyed(1, 2, x=3), keyed.cache_info())
try:
    keyed([1])
except TypeError as e:
    print(e)


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


class Shape:
    def __init__(self, side):
        self.side = side

    @lru_cache(maxsize=None)
    def area(self):
        return self.side ** 2


s = Shape(4)
print(s.area(), s.area(), Shape.area.cache_info())
print(lru_cache(maxsize=3)(len)("abcd"))
