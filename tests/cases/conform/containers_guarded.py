# Self-referential containers compare with CPython's recursion limit;
# a set that changes size under iteration raises; index() takes start
# and stop as slice bounds.
a = [1, 2, 3]
b = [1, 2, 3]
a.append(a)
b.append(b)
print(a == a)
try:
    a == b
except RecursionError as e:
    print("RecursionError", e)
d = {}
d["self"] = d
e = {}
e["self"] = e
try:
    d == e
except RecursionError as err:
    print("RecursionError", err)

s = {1, 2}
try:
    for x in s:
        s.add(3)
except RuntimeError as err:
    print("RuntimeError", err)
t = {1, 2, 3}
for x in t:
    t.discard(x)
    t.add(x)
print(sorted(t))

xs = [1, 2, 3, 2, 1]
print(xs.index(2), xs.index(2, 2), xs.index(1, -2), xs.index(3, 0, 3), xs.index(1, -100, 100))
for args in [(2, 4), (1, 1, 4), (3, 3, 1), (9,)]:
    try:
        print(xs.index(*args))
    except ValueError as err:
        print("ValueError", err)
ts = (1, 2, 3, 2)
print(ts.index(2, 2), ts.index(3, -3))
try:
    ts.index(2, 4)
except ValueError as err:
    print("ValueError", err)
print(__name__)
