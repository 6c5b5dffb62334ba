# RecursionError at CPython's depth, sys.getrecursionlimit/setrecursionlimit.
import sys


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print(sys.getrecursionlimit())
print(depth(1))


def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError as e:
    print("caught:", e)

sys.setrecursionlimit(60)
print(sys.getrecursionlimit(), depth(1))


class Walker:
    def down(self, n):
        try:
            return self.down(n + 1)
        except RecursionError:
            return n


print(Walker().down(1))
sys.setrecursionlimit(5000)
print(depth(1))


def count(n):
    return 0 if n == 0 else 1 + count(n - 1)


print(count(4900))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)


def nest(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            return str(e)
        return "set"
    return nest(n - 1)


print(nest(10))
sys.setrecursionlimit(1000)


# A pure function (compiled with a machine-int fast path) fails at the same depth.
def pure(n):
    return pure(n + 1) + 1


try:
    pure(0)
except RecursionError as e:
    print("pure:", e)
print(depth(1))
