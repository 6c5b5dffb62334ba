print({10, 3, 8, 1}, {100, 5, 33, 64, 2}, {-1, -2, 7})
s = {x * 7 for x in range(20)}
print(s)
print(set(range(15, 0, -2)), {1.5, 2.5, 0.5}, {(1, 2), (0, 1)})
a = {1, 2, 3, 40, 50}
b = {3, 50, 60, 70}
print(a | b, a & b, a - b, a ^ b)
a |= {99}
a -= {1}
print(a, len(a))
