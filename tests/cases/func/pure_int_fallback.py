# Pure int functions run on machine ints first (pyaot) and fall back to
# exact ints when a value leaves 64 bits or an operation raises: every
# result below must be exact and every exception the one CPython raises.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def power_sum(n, k):
    s = 0
    i = 1
    while i <= n:
        s += i ** k
        i += 1
    return s


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def mixed(a, b):
    q = a / b
    f = a // b
    m = a % b
    return q + f * 1.5 - m + int(q * 10) + (a << 3) - (b >> 1) + (~a & 255) + (a ^ b) - (a | 7)


def checked_sqrt(n):
    if n < 0:
        raise ValueError("negative input: " + str(n))
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r


def divide(a, b):
    return a // b


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def halve_until(n, limit):
    count = 0
    while n > limit:
        n = n >> 1
        count += 1
    else:
        count += 100
    return count


def negate(n):
    return -n


def shift(n, k):
    return n << k


def stepped(n, step):
    t = 0
    for i in range(0, n, step):
        t += i
    return t


def down(n):
    return down(n + 1)


print(fib(25), fib_iter(90), fib_iter(100), fib_iter(200))
print(fact(20), fact(21), fact(30))
print(power_sum(10, 3), power_sum(1000, 7), power_sum(100, 20))
print(is_even(100), is_odd(77), is_even(7))
print(gcd(1071, 462), gcd(-48, 18), gcd(2 ** 80, 6 ** 40), gcd(0, 0))
print(mixed(17, 5), mixed(-17, 5), mixed(17, -5))
print(checked_sqrt(99), checked_sqrt(10 ** 12))
print(collatz(27), collatz(9780657630), collatz(2 ** 70 + 1))
print(halve_until(2 ** 62, 1), halve_until(2 ** 100, 3), halve_until(5, 9))
m = -9223372036854775807 - 1
print(negate(m), negate(5), negate(2 ** 64))
print(shift(1, 62), shift(1, 63), shift(-1, 63), shift(3, 64), shift(-5, 100))
print(stepped(10, 3), stepped(10 ** 6, 7))
try:
    print(checked_sqrt(-4))
except ValueError as e:
    print("ValueError:", e)
try:
    print(divide(7, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(mixed(3, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(stepped(5, 0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(shift(1, -1))
except ValueError as e:
    print("ValueError:", e)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(divide(2 ** 64, 3), divide(-(2 ** 64), 7))
print(divide(1, 0))
