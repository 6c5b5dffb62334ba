# Set and dict keys hashed and compared without the generic protocol where
# the key is an int or a str: the equalities across types still hold.
s = {-1, -2, 0, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), -(2**61)}
print(len(s), -1 in s, -2 in s, 2**61 in s, 1 in s)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(-(2**61 - 1)))
print(True in {1}, 1.0 in {1}, 1 in {True}, 0 in {False, 2.5})
d = {1: "int", "a": "str"}
print(d.get(True), d.get(1.0), d.get("a"), d.get("b", "missing"))
d[True] = "bool"
print(d)
s = set()
for k in range(-5, 6):
    s.add(k * k - 4)
for k in range(-3, 3):
    s.discard(k)
print(sorted(s))
try:
    s.remove(1000)
except KeyError as e:
    print("KeyError", e)
names = {"ab", "cd"}
print("a" + "b" in names, "".join(["c", "d"]) in names, "ef" in names)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, K) else other)
print(K(3) in {3}, 3 in {K(3)}, K("x") in {"x": 1})
