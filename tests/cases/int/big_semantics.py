# Big-integer semantics the library must match: signs, rounding, bits.
import math
import random

vals = [0, 1, -1, 7, -7, 2**64, -(2**64), 2**64 - 1, -(2**64) + 1, 3**100, -(3**100), 2**127 + 12345, -(5**60) - 3]
smalls = [1, 2, 3, -3, 7, 2**63, -(2**63), 10**20 + 1, -(10**19) - 7]
for a in vals:
    for b in smalls:
        print(a // b, a % b, divmod(a, b), a * b, a + b, a - b)
        print(a & b, a | b, a ^ b, ~a)
for a in vals:
    for s in [0, 1, 3, 63, 64, 65, 130]:
        print(a >> s, a << s)
    print(a.bit_length(), bin(a), oct(a), hex(a), abs(a), -a, hash(a))
    print(f"{a:x} {a:o} {a:b} {a:,} {a:_d} {a:>50} {a:+}")
print(pow(3, 200, 10**9 + 7), pow(-3, 201, 10**12 + 39), pow(2**100, 3**50, 2**61 - 1), pow(7, -1, 2**89 - 1))
print(pow(-(2**70), -1, 3**50), pow(12345678901234567890, 2, -(10**15 + 37)))
print(2**1000 // 3**300, (-(2**1000)) // 3**300, 2**1000 % -(3**300))
print(float(2**64), float(-(3**100)), float(2**1023 * 3 // 2), int(1e300), int(-2.5e30))
print(float(2**53 + 1), float(2**54 + 2), float(2**54 + 6), float(2**80 + 2**27), float(2**80 + 2**28 - 1))
try:
    float(2**1024)
except OverflowError as e:
    print(e)
print(2**200 / 3**50, (3**100) / (2**80), 10**30 / 7)
print(int("123456789012345678901234567890"), int("-0x1f" * 1, 16), int("  -987654321987654321987654321  "), int("zz" * 10, 36))
print(int("-" + "101" * 30, 2), int("+7" + "7" * 30, 8))
for n in [2**64, -(2**64) + 5, 3**60, -(3**60)]:
    for signed in [True, False]:
        try:
            bs = n.to_bytes(20, "big", signed=signed)
            print(bs.hex(), int.from_bytes(bs, "big", signed=signed), int.from_bytes(bs, "little", signed=signed))
        except OverflowError as e:
            print("overflow:", e)
print((2**100 - 1).bit_count(), (-(2**100)).bit_count(), math.isqrt(10**40 + 12345), math.isqrt(2**127))
print(math.gcd(2**100, 6**50), math.gcd(0, 0), math.gcd(0, -(2**70)), math.lcm(2**40, 3**30, 10**12), math.gcd(-(3**50), 0))
print(math.comb(100, 50), math.perm(40, 20), math.factorial(30), math.log(2**1000), math.log2(2**200 + 1), math.log10(10**50))
print(2**100 == 2.0**100, 2**100 < 2.0**100 + 1e15, (3**40) > 1e19, 3**40 == float(3**40), hash(2**100) == hash(2.0**100))
print(str(7**300)[:40], len(str(7**300)), repr(-(7**99)))
random.seed(2**100 + 7)
print(random.random(), random.randrange(10**30), random.getrandbits(100))
random.seed(-(3**50))
print(random.randint(-(10**25), 10**25))
print(sum(range(10**18, 10**18 + 1000)), max(2**70, -(2**80), 2**69), sorted([3**40, -(2**64), 2**64 + 1, 0]))
x = 1
for i in range(1, 200):
    x = x * i + (x >> 3) - (x & 0xFFFF)
print(x % (10**9 + 7), x.bit_length())
import math
print(pow(5, 3, 1), pow(2**100, 2, 1), pow(-5, 3, -7), pow(2**100, 0, 7), pow(0, 5, 2**70), pow(-(2**80), 3, 2**65 + 1))
print(int("-0"), int("0" * 30), int("-" + "0" * 25 + "1"), math.isqrt(0), math.isqrt(2**64), math.lcm(), math.gcd())
print((2**70) & 0, 0 | -(2**70), (-(2**70)) ^ -1, (2**70) >> 200, (-(2**70)) >> 200, (2**70) << 0, 0 << 100)
print(divmod(-(2**70), 2**71), divmod(2**70, -(2**71)), divmod(-(2**70), -(2**71)), (-(2**70)) % (2**71), -(2**64) // 2**64)
print(str(-(2**63)), (-(2**63)) // -1, abs(-(2**63)), -(-(2**63)), (2**63 - 1) + 1)
try:
    pow(2**70, -1, 2**10)
except ValueError as e:
    print(e)
print(pow(3, -1, 2**70 + 1), pow(-3, -2, 10**20 + 3))
print(math.comb(10**4, 3), math.perm(5), float(-(2**63)), int(float(2**63)))
print(pow(5, 0, 1), pow(5, 0, -1), pow(2**70, 0, 1), pow(0, 0, 7), pow(3, 0, 2**65), pow(-2, 0, 5))
