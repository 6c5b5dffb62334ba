# iter() and reversed() of objects that are not builtin containers: a
# generator is its own iterator, an iterator class's __iter__ result is
# returned as it is, __reversed__ decides what reversed() gives.


def gen():
    yield 1
    yield 2
    yield 3


def pairs(it):
    # A parameter rebound to iter() of itself: a generator, a list, a string.
    it = iter(it)
    out = []
    while True:
        try:
            a = next(it)
            b = next(it)
        except StopIteration:
            return out
        out.append((a, b))


print(pairs(gen()), pairs([1, 2, 3, 4]), pairs("abcde"))
g = gen()
print(iter(g) is g, next(iter(g)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(iter(c)), pairs(Countdown(5)))


class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return iter(self.cards)

    def __reversed__(self):
        return ["reversed"] + self.cards[::-1]


d = Deck([1, 2, 3])
print(list(d), reversed(d), list(reversed([1, 2])), list(reversed(range(3))), "".join(reversed("abc")))
it = iter(d)
print(next(it), list(it))
