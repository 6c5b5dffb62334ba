import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {"name": "pyaot", "versions": list(range(30)), "nested": {"a": [1, 2, {"deep": ("x", "y") * 10}], "b": None},
        "text": "the quick brown fox jumps over the lazy dog " * 4, 3: 4.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(50)), compact=True)
pprint.pprint([list(range(10)) for _ in range(5)], width=30, compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
pprint.pp({"z": 1, "y": [1] * 40})
print(pprint.saferepr([1, 2]), pprint.isreadable([1, "a"]), pprint.isreadable(object()), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(r))
pprint.pprint((1,))
pprint.pprint(("a" * 50, "b" * 50))
pprint.pprint(set(range(40)))
pprint.pprint({"k": set("abc") | {"d" * 80}})
pprint.pprint("word " * 40)
pprint.pprint(["line one\nline two " * 10])
pprint.pprint(b"bytes" * 30)
pprint.pprint(bytearray(b"0123456789" * 10))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(15)))
dd = defaultdict(list)
for i in range(12):
    dd["key%d" % i].append(i)
pprint.pprint(dd)
pprint.pprint(Counter("the quick brown fox jumps over the lazy dog" * 2))
pprint.pprint(deque(range(40)))
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)])
pprint.pprint({(1, 2): [3, 4], (0, 9): "tuple keys", "mixed": 1}, width=20)
pprint.pprint({1: "a", "b": 2, None: 3} if False else {1: "a", 2: "b"})
pprint.pprint([[]] * 3 + [{}, (), "", 0, 10 ** 30], width=10)
pprint.pprint(10 ** 12, underscore_numbers=True)
pprint.pprint({"n": 1234567}, underscore_numbers=True)
pp = pprint.PrettyPrinter(indent=2, width=50)
pp.pprint({"list": list(range(25)), "str": "s" * 60})
print(pp.pformat([1, 2, 3]), pp.isreadable({"a": 1}))
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print(e)
