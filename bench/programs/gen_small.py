# Creating and exhausting 10^6 small generators.


def three():
    yield 1
    yield 2
    yield 3


total = 0
for _ in range(1000000):
    total += sum(x for x in three())
print(total)
