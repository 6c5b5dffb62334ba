# Pure int functions run on machine words until a result leaves 64 bits;
# each operation's overflow must hand over to exact ints.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def neg(a):
    return -a


def poly(x):
    return x * x * x - 3 * x + 7


big = 9223372036854775807
small = -9223372036854775808
print(add(big, 1), add(small, -1), add(big, small), add(3, 4))
print(sub(small, 1), sub(big, -1), sub(0, small), sub(10, 3))
print(mul(big, 2), mul(small, -1), mul(3037000500, 3037000500), mul(-7, 6))
print(neg(small), neg(big), neg(0), neg(-5))
print([poly(x) for x in (0, 1, -2, 2097152, 2097153, -2097153, 10 ** 7)])
