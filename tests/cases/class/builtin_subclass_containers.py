# Classes deriving from list and dict: the carried list/dict is what the type's methods change.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack()
s.push(1).push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s[0], s[1:3], type(s[1:3]).__name__, 3 in s, list(reversed(s)), bool(Stack()))
s[0] = 10
del s[1]
s += [5]
print(s, type(s).__name__, s == [10, 3, 4, 5], s + [6], type(s + [6]).__name__, sorted(s, reverse=True), s.pop(), s)
print(isinstance(s, list), isinstance(s, Stack), Stack([3, 1, 2]), sum(Stack([1, 2, 3])), [x * 2 for x in Stack([1, 2])])


class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name

    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"


n = Named("nums", [1, 2, 3])
n.append(4)
print(n, n.name, len(n), str(n), n.count(2), n.index(3))


class Empty(list):
    def __init__(self, *args):
        self.args = args


print(Empty(1, 2), Empty(1, 2).args)


class Counter2(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self[key] + 1


c = Counter2()
for w in "a b a c a b".split():
    c.add(w)
print(c, c["zzz"], "zzz" in c, len(c), sorted(c.items()), c.get("zzz"), dict(c), {**c, "d": 9})


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


a = Attr(x=1)
a.y = 2
print(a, a.x, a.y, list(a.keys()), isinstance(a, dict), hasattr(a, "z"))


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["k"] = 1
print(u, u["K"], u["k"], dict(u), Upper(a=1))


def f(**kw):
    return kw


print(f(**Counter2(p=1)), Counter2({1: 2}) == {1: 2}, Counter2(q=2) | {"r": 3})
try:
    hash(Stack())
except TypeError as e:
    print("TypeError", e)
try:
    Counter2()[[1]]
except TypeError as e:
    print("TypeError", e)
import copy

s2 = Stack([1, [2]])
s3 = copy.copy(s2)
s4 = copy.deepcopy(s2)
s2[1].append(3)
s2.append(9)
print(s3, type(s3).__name__, s4, c == copy.copy(c), type(copy.deepcopy(c)).__name__)
print(list.__len__(s2), dict.get(c, "a"), Stack.__name__, Stack.__mro__)


class Twice(dict):
    def __init__(self, **kw):
        super().__init__(first=0)
        dict.__init__(self, **kw)


plain = {"a": 1}
dict.__init__(plain, b=2)
lst = [1, 2]
list.__init__(lst, "xy")
print(Twice(z=1), plain, lst)
