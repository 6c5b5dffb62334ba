n = 1
for i in range(1, 40):
    n = n * i
print(n)
while n > 10:
    n = n // 1000
print(n)
s = 0
for i in range(100000):
    s += i * i
print(s)
print(3 * 10 ** 18 + 3 * 10 ** 18, (-2) ** 63, (-2) ** 63 - 1)
