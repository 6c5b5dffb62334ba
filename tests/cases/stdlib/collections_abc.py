import collections
from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap, UserDict, UserList, UserString
from collections.abc import Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Collection, Reversible, Generator
import collections.abc as cabc

P = namedtuple("P", "x y")
print(deque([1, 2]), Counter("aab"), defaultdict(int), OrderedDict(a=1), P(1, 2))
def gen():
    yield 1
class Plain: pass
class WithIter:
    def __iter__(self): return iter([])
class Eq:
    def __eq__(self, o): return True
values = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, range(3), None, len, gen(), iter([]), {}.keys(), {}.values(),
          deque(), Counter(), P(1, 2), Plain(), WithIter(), Eq(), print, lambda: 0]
for abc_ in (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence, MutableSequence, Mapping,
             MutableMapping, Set, MutableSet, Collection, Reversible, Generator):
    print(abc_.__name__, "".join("1" if isinstance(v, abc_) else "0" for v in values))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, Iterable), issubclass(int, Iterable))
print(isinstance(collections.abc, type(collections)), cabc.Sequence is Sequence)

class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m))
print(isinstance(m, Mapping), isinstance(m, MutableMapping), dict(m))
class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = MySeq(5)
print(list(s), 9 in s, s.index(16), s.count(4), list(reversed(s)), isinstance(s, Reversible))
class Bag(MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it: self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
b = Bag([1, 2, 3])
b |= {4}
print(sorted(b), sorted(b & {1, 2, 9}), sorted(b - {1}), b <= {1, 2, 3, 4, 5}, b == {1, 2, 3, 4}, b.isdisjoint([7]))
b.remove(1)
print(sorted(b), len(b))
try:
    b.remove(99)
except KeyError as e:
    print("KeyError", e)
try:
    Sequence()
except TypeError as e:
    print(e)
class Incomplete(MutableMapping):
    def __getitem__(self, k): return 1
try:
    Incomplete()
except TypeError as e:
    print(e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm, cm.new_child({"c": 4}), cm.parents)
cm["z"] = 26
del cm["a"]
print(cm.maps, "a" in cm, cm.get("a"), dict(cm))
try:
    del cm["b"]
except KeyError as e:
    print(e)
ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), ud.data, isinstance(ud, MutableMapping), ud.get("q", "dflt"), ud | {"c": 3})
class Defaulting(UserDict):
    def __missing__(self, key): return key * 2
print(Defaulting()["ab"])
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], ul + [9], len(ul), ul.pop(), ul == [0, 1, 2], isinstance(ul, MutableSequence))
us = UserString("hello")
print(us.upper(), us + "!", us[1:3], len(us), "ell" in us, us.split("l"), us == "hello", repr(us))
