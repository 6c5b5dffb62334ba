# error: cannot assign to __debug__
def f(x, __debug__=1):
    return x


print(f(1))
