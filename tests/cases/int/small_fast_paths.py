# Int arithmetic and comparisons where machine words overflow into big
# ints and back, outside any pure function (module code and a function
# that touches a global).
a = 9223372036854775807
b = -9223372036854775808
print(a + 1, b - 1, a * 2, b * -1, a * a)
print(a + b, (a + 1) - 1, (b - 1) + 1, (a + 1) * 0)
print(a > a - 1, b < b + 1, a + 1 > a, b - 1 < b, a + 1 == 2 ** 63, b == -(2 ** 63))
print(a != a + 0, 0 == 0, 3 <= 3, 4 >= 5, 2 ** 64 >= 2 ** 64)
n = 0
if a + 1:
    n += 1
if b - b:
    n += 10
print(n)
calls = 0


def mix(x, y):
    global calls
    calls += 1
    return x * y - x + y, x < y, x // 3


for p in [(1, 2), (a, 2), (b, -1), (2 ** 70, 3), (-5, 7)]:
    print(mix(p[0], p[1]))
print(calls)
try:
    print(1.5 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 2.0
print(x / 4.0, -x / 3.0, x ** 0.5, (-x) ** 2.0, x ** -0.5)
