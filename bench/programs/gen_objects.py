# Generator objects: generator methods, `yield from`, generators passed
# around and advanced with next().


class Source:
    def __init__(self, n):
        self.n = n

    def items(self):
        for i in range(self.n):
            yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def scaled(it, k):
    yield from (x * k for x in it)


def chained(*gens):
    for g in gens:
        yield from g


def pairs(it):
    it = iter(it)
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return
        yield a, b


total = 0
count = 0
for _ in range(100):
    src = Source(20000)
    stream = chained(scaled(evens(src.items()), 3), evens(Source(1000).items()))
    for a, b in pairs(stream):
        total += a * b % 1000
        count += 1
print(total, count)
