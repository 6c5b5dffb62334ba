# Slice assignment: the same length (items trade places), shorter and
# longer replacements, extended slices, a list assigned into itself, and
# iterables that are not lists.
perm = list(range(8))
for k in range(1, 8):
    perm[:k + 1] = perm[k::-1]
    print(perm)

a = [1, 2, 3, 4, 5]
a[1:3] = ["x"]
print(a)
a[1:2] = [7, 8, 9]
print(a)
a[:] = a
print(a)
a[::2] = a[1::2] + [0] if len(a) % 2 else a[1::2]
print(a)
a[2:2] = (i * i for i in range(3))
print(a)
a[-2:] = "ab"
print(a)
a[5:1] = [100]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1:2] = 5
except TypeError as e:
    print("TypeError:", e)


class Noisy:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __del__(self):
        # The list is complete again when an item it let go of goes away.
        self.log.append((self.name, len(holder)))


holder = []
log = []
holder.extend([Noisy("a", log), Noisy("b", log), 3])
holder[0:2] = [1, 2]
print(holder, log)
holder.extend([Noisy("c", log), Noisy("d", log), Noisy("e", log)])
holder[3::2] = [None, None]
holder[0:4] = []
print(len(holder), log)
holder[:] = []
print(holder, log)
