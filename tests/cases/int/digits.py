def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s

print(digit_sum(2 ** 100), len(str(2 ** 100)))
print(str(12345)[::-1], int(str(12345)[::-1]) + 1, [int(c) for c in "9081"])
n = 1
for i in range(25):
    n *= 7
print(n, n % 1000000007, n.bit_length())
