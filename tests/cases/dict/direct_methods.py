# Methods of typed dicts and sets that compiled code calls directly:
# the same results and errors as the dynamic calls.
from collections import Counter, defaultdict

d = {"a": 1, 2: "b"}
print(d.get("a"), d.get("zz"), d.get(2, 5), d.get(3, [1, 2]))
default = [9]
got = d.get("missing", default)
got.append(10)
print(default, got is default)
try:
    d.get([1])
except TypeError as e:
    print("TypeError:", e)
try:
    d.get({}, 0)
except TypeError as e:
    print("TypeError:", e)

counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

dd = defaultdict(list)
print(dd.get("x"), dd.get("x", "fallback"), len(dd))
c = Counter("abracadabra")
print(c.get("a"), c.get("z", 0))

s = {1, 2}
s.add(3)
s.add(2)
s.discard(1)
s.discard(42)
print(sorted(s), s.add(4), s.discard(4))
try:
    s.add([])
except TypeError as e:
    print("TypeError:", e)
try:
    s.discard({})
except TypeError as e:
    print("TypeError:", e)
