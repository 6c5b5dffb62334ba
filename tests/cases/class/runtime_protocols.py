# Methods the runtime calls by name (no special methods): a file-like
# object's write for print(file=...), a mapping's keys for ** and dict(),
# a delegate's send/throw/close for yield from.


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


s = Sink()
print("hello", 3, file=s)
print("x", end="", file=s, flush=True)
print(s.parts)


class Pairs:
    def __init__(self, n):
        self.n = n

    def keys(self):
        return [str(i) for i in range(self.n)]

    def __getitem__(self, k):
        return int(k) * 10


print(dict(Pairs(3)), {**Pairs(2), "z": 1})
d = {"a": 1}
d.update(Pairs(2))
print(d)


class Echo:
    def __init__(self):
        self.seen = []
        self.k = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.k += 1
        if self.k > 3:
            raise StopIteration(self.k)
        return self.k

    def send(self, v):
        self.seen.append(v)
        return self.__next__()

    def close(self):
        self.seen.append("closed")


def outer(e):
    r = yield from e
    return r


e = Echo()
g = outer(e)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as stop:
    print("stop", stop.value)
print(e.seen)


class Wrapped:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


class GenBacked:
    def __iter__(self):
        yield "g1"
        yield "g2"


def chain(*parts):
    for p in parts:
        yield from p


print(list(chain(Wrapped([1, 2]), GenBacked(), Echo())))
