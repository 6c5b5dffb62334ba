import json
from collections import OrderedDict, namedtuple
from enum import IntEnum, Enum

print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(10**30), json.dumps(-10**25))
for f in [0.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 123456789.125, 1e300, 2.5e-300, 3.0]:
    print(json.dumps(f), end=" ")
print()
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps("plain"), json.dumps(""), json.dumps('q"b\\s/'), json.dumps("\b\f\n\r\t\x00\x1f\x7f"))
print(json.dumps("é ü 中文 😀"), json.dumps("é ü 中文 😀", ensure_ascii=False))
print(json.dumps("\x7f\x1f", ensure_ascii=False))
print(json.dumps([1, (2, 3), [], (), {}, {"a": {}}]))
print(json.dumps({"b": 1, "a": 2, "c": [3]}, sort_keys=True))
print(json.dumps({3: "int", 1.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({2: "b", 1: "a", 10: "c"}, sort_keys=True))
print(json.dumps({"x": [1, 2], "y": {"z": None}}, indent=4))
print(json.dumps({"x": [1, 2], "y": {"z": None}}, indent="--"))
print(json.dumps([1, [2, []], {}], indent=0))
print(repr(json.dumps([1, 2], indent="")))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2, separators=(" ,", " = ")))
print(json.dumps({(1, 2): 1, "a": 2, frozenset(): 3, "b": 4}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True, indent=2))

for bad in [{(1, 2): 1}, {b"k": 1}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [{1, 2}, b"bytes", object(), 1j, range(3)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
for v in [float("nan"), [float("inf")], {float("-inf"): 1}]:
    for indent in [None, 2]:
        try:
            json.dumps(v, allow_nan=False, indent=indent)
        except ValueError as e:
            print("ValueError:", e)

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError:", e)
deep = []
for _ in range(3000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
try:
    json.dumps(object(), default=encode_point)
except TypeError as e:
    print("TypeError:", e)


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps({"p": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
try:
    json.dumps({"p": 1j}, cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)


class Loop:
    pass


try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyStr(str):
    pass


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyDict(dict):
    pass


class MyList(list):
    pass


class Color(IntEnum):
    RED = 1
    GREEN = 2


class Shape(Enum):
    SQUARE = "sq"


P = namedtuple("P", "x y")
print(json.dumps([MyInt(5), MyStr("s"), MyFloat(2.5), MyDict(a=1), MyList([1, 2])]))
print(json.dumps({MyInt(7): 1, MyStr("k"): 2, MyFloat(0.5): 3}))
print(json.dumps([Color.RED, {Color.GREEN: "g"}]))
try:
    json.dumps(Shape.SQUARE)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(P(1, 2)), json.dumps(OrderedDict([("z", 1), ("a", 2)])))

enc = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
print(enc.encode({"b": [1], "a": "x"}), enc.item_separator, enc.key_separator)
print(json.JSONEncoder(indent=2).item_separator, json.JSONEncoder().item_separator)
print(json.encoder.encode_basestring("é\"\n"), json.encoder.encode_basestring_ascii("é\"\n"))
print(list(json.JSONEncoder().iterencode([1, "a", [2.5, None], {"k": True}])))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode({"b": [], "a": {"c": [1, {}]}})))
print(json.dumps(10**4299) == str(10**4299))
for bad in [10**4300, {10**4300: 1}]:
    try:
        json.dumps(bad)
    except ValueError as e:
        print("ValueError:", e)
