# Found by tests/fuzz (seed 20261204, program 7326), minimized.
i3 = ((min(2**63, 9223372036854775807)) ** 63) ** 24
print('i3', i3)
