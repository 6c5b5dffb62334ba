print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
x = 5
print(0 < x < 10, x == 5 == 5.0, not x, -x)
print(True + True, True * 3, False - 1, True / 2)
