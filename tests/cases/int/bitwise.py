flags = 0b1010
masked = flags & 0b1100
print(bin(masked), bin(flags | 0b0101), bin(flags ^ 0b1111), bin(~flags), flags << 3, flags >> 1)
print(-1 & 0xFF, -256 >> 4, 1 << 65, (1 << 65) >> 64, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 - 1), -(2 ** 70) & 0xFFFF)
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), True & False, True | False, True ^ True)
