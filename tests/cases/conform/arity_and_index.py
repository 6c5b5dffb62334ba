# Builtin methods and functions reject the argument counts CPython
# rejects, with its messages; objects with __index__ work as ints.
def attempt(f):
    try:
        r = f()
        print("ok", r)
    except TypeError as e:
        print("TypeError:", e)

d = {1: 2}
attempt(lambda: d.items(1))
attempt(lambda: d.keys(1))
attempt(lambda: d.values(1, 2))
attempt(lambda: d.pop())
attempt(lambda: d.pop(1, 2, 3))
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: ",".join())
attempt(lambda: ",".join(["a"], ["b"]))
attempt(lambda: [].append())
attempt(lambda: [].append(1, 2))
attempt(lambda: [].insert(1))
attempt(lambda: "abc".upper(1))
attempt(lambda: "a b".split(" ", 1, 2))
attempt(lambda: (1, 2).count())
attempt(lambda: {1}.add())
attempt(lambda: len())
attempt(lambda: len([], []))
attempt(lambda: id(1, 2))
attempt(lambda: repr())
attempt(lambda: sorted())
attempt(lambda: min())
attempt(lambda: abs())

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

xs = [10, 20, 30]
print(xs[Idx(2)], "abc"[Idx(1)], (1, 2, 3)[Idx(0)])
print(list(range(Idx(3))), xs.pop(Idx(0)), xs)
xs.insert(Idx(1), 99)
print(xs, bin(Idx(5)), hex(Idx(255)))
attempt(lambda: [1, 2].pop("x"))
attempt(lambda: list(range([])))
attempt(lambda: [1][{}])
attempt(lambda: "ab"[1.5])
