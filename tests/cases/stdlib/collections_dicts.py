# collections.Counter, defaultdict and OrderedDict: dicts of a kind, with
# their missing-key rules, reprs, extra methods, Counter arithmetic and
# OrderedDict's order-sensitive equality.
from collections import Counter, defaultdict, OrderedDict, deque

text = "hello world hello"
counts = Counter(text.split())
print(counts.most_common())
print(counts, counts["hello"], counts["nope"], len(counts))
c = Counter("abracadabra")
print(c, c.most_common(2), sorted(c.elements()), c.total())
c.update("aaz")
c.subtract({"a": 10})
print(c)
c["q"] += 2
del c["missing"]
print(c["q"], "missing" in c)
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
a += b
print(a, a == Counter(a=4, b=3, c=5), Counter(a=0) == Counter(), Counter(a=1) == {"a": 1})
print(type(c).__name__, isinstance(c, dict), isinstance(c, Counter), repr(Counter()), Counter({"z": 1}).copy())
print(max(c, key=c.get), sorted(c.items())[:2], dict(Counter("aab")))

dd = defaultdict(list)
for w in "one two three two one two".split():
    dd[w].append(len(w))
print(dd, dd["none"], len(dd), dd.default_factory)
di = defaultdict(int, {"x": 1})
di["y"] += 5
print(di, dict(di), di.copy(), type(di).__name__, isinstance(di, dict))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), nested.get("zz"), "zz" in nested)
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1}, OrderedDict())
print(OrderedDict([("x", 1)]) | {"y": 2}, type(OrderedDict()).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(Counter, defaultdict, OrderedDict, deque)
print(Counter(["x", "y", "x"]) , Counter(defaultdict(int, {"k": 2})))
