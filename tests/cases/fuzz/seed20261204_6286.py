# Found by tests/fuzz (seed 20261204, program 6286), minimized.
i4 = ((2**31) ** 29) ** 53
print('i4', i4)
