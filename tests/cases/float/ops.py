a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(3 + 0.5, 3 * 1.5, 10 / 4, 2 ** 0.5, 1 / 3 * 3)
print(abs(-2.5), round(2.5), round(0.125, 2), round(-1.5))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1.0 < 2, 2.5 > 2, 3.0 == 3, float(2 ** 60))
