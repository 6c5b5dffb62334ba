# Calls with * and ** unpacking: module functions, closures, methods,
# builtins and classes, with CPython's errors.
def f(a, b, c=0, *rest, k=1, **kw):
    return (a, b, c, rest, k, sorted(kw.items()))


args = [1, 2, 3, 4]
opts = {"k": 5, "z": 6}
print(f(*args), f(*args, **opts), f(0, *[7], **{"c": 9}), f(*(1, 2), k=3, **{"y": 0}))
print(*[1, 2, 3], sep="-")
print(max(*[3, 9, 2]), list(zip(*[[1, 2], [3, 4]])), "{}-{}".format(*"ab"), str(*[5]))
words = ["b", "a"]
words.extend(*[["c"]])
print(words, "+".join(*[["x", "y"]]))


class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def moved(self, dx=0, dy=0):
        return P(self.x + dx, self.y + dy)


p = P(*[1, 2]).moved(**{"dy": 10})
print(p.x, p.y)
g = lambda *a, **k: (a, k)
print(g(*"hi", **{"n": 1}))
for bad in [lambda: f(*5), lambda: f(**[1]), lambda: f(1, 2, **{"k": 1}, k=2), lambda: f(*[1], **{"a": 0})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
