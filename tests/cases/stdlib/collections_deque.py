# collections.deque: maxlen, both ends, rotate, indexing, methods and their
# errors, operators, iteration (and mutation during it), a BFS queue.
from collections import deque
import collections

dq = deque(maxlen=5)
dq.extend([1, 2, 3, 4, 5, 6])
print(dq, len(dq), dq.maxlen)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d[0], d[-1], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extendleft("ab")
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(7)
print(d)
d[1] = "X"
del d[0]
print(d, d.count("X"), d.index(1))
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d, list(d), list(reversed(d)))
e = d.copy()
e.clear()
print(d, e, d == deque(d), d == list(d), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque("ab"))
q = deque([1])
q += [2, 3]
q += "ab"
print(q)
print(type(q), type(q).__name__, isinstance(q, deque), isinstance(q, list), repr(deque()))
print(deque(range(10), maxlen=3), deque("abc", 2), deque(maxlen=0))
z = deque(maxlen=0)
z.append(1)
print(z)
full = deque([1, 2], maxlen=2)
full.appendleft(0)
print(full)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: full.insert(0, 9),
            lambda: deque(maxlen=-1), lambda: deque([1])["x"], lambda: hash(deque()),
            lambda: deque([1]) + [2], lambda: deque([1]) < [1], lambda: deque(1)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
r = deque()
r.append(r)
print(r)
bfs = deque([(0, 0)])
seen = {(0, 0)}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 3 and ny < 3 and (nx, ny) not in seen:
            seen.add((nx, ny))
            bfs.append((nx, ny))
print(len(seen))
print(collections.deque([1]).maxlen, sorted(deque([3, 1, 2])), sum(deque([1, 2])), max(deque([4, 5])))
a, b = deque([1, 2])
print(a, b, list(deque("xy")))
f = d.append
f(99)
print(d[-1], hasattr(d, "popleft"), getattr(d, "maxlen"))
