a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b, a / b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -9 >> 1)
print(abs(-12), abs(12), pow(2, 10), pow(3, 4, 5), pow(2, -1))
print(2 ** -2, 10 // 3 * 3 + 10 % 3)
