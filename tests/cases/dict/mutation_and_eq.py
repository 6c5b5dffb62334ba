# The compact table: deletion leaves a hole, so a walk keeps its place;
# CPython's two guards (size changed, keys changed) fire as they do there.
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
seen = []
try:
    for k in d:
        seen.append(k)
        if k == 'b':
            d.pop('a')
            d['z'] = 9
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(seen, d)

d = {'a': 1, 'b': 2, 'c': 3}
seen = []
for k in d:
    seen.append(k)
    if k == 'a':
        d.pop('c')
        d['z'] = 9
print(seen)

d = {'a': 1, 'b': 2, 'c': 3}
it = iter(d)
next(it)
d['x'] = 0
for _ in range(2):
    try:
        next(it)
    except RuntimeError as exc:
        print("sticky:", exc)
del d['x']
try:
    next(it)
except RuntimeError as exc:
    print("still:", exc)

# An exhausted iterator stays exhausted.
d = {1: 1}
it = iter(d)
print(list(it))
d[2] = 2
print(list(it))
s = {1}
it = iter(s)
print(list(it))
s.add(2)
print(list(it))

# Many deletions, then reinsertion: order is insertion order.
d = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del d[i]
for i in range(0, 30, 3):
    d[i] = -i
print(len(d), list(d)[:5], list(d)[-5:], d.popitem(), len(d))
d.clear()
d['q'] = 1
print(d)


# An exception raised by __eq__ during a lookup propagates.
class Boom:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError('collide')


class SameHash:
    def __hash__(self):
        return 1


for op in ("get", "set", "in", "del", "update"):
    d = {SameHash(): 1}
    try:
        if op == "get":
            d[Boom()]
        elif op == "set":
            d[Boom()] = 2
        elif op == "in":
            Boom() in d
        elif op == "del":
            del d[Boom()]
        else:
            {Boom(): 0}.update(d)
        print(op, "no error")
    except ValueError as exc:
        print(op, "ValueError:", exc)


# An __eq__ that mutates the dict during the lookup: the lookup starts over.
class Mutator:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if len(self.d) < 5:
            self.d[len(self.d) + 100] = 0
        return False


d = {}
m = Mutator(d)
d[m] = 'm'
print(Mutator(d) in d, len(d), d[m])

from collections import OrderedDict
o = OrderedDict.fromkeys('abcde')
o.move_to_end('b')
o.move_to_end('d', last=False)
del o['c']
print(list(o), o.popitem(last=False), o.popitem(), list(o))
