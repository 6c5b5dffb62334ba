# A module function called before its `def` ran is a NameError, as in CPython.
try:
    f(1)
except NameError as e:
    print("NameError:", e)


def g():
    return h(2)


try:
    g()
except NameError as e:
    print("NameError:", e)


def h(x):
    return x * 3


def f(x):
    return x + 1


print(f(2), g())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))
