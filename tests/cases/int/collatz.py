def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

best, arg = 0, 0
for i in range(1, 3000):
    c = collatz_len(i)
    if c > best:
        best, arg = c, i
print(arg, best)
