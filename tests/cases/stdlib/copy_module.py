# copy.copy and copy.deepcopy: atoms kept, containers rebuilt (dict kinds,
# deque maxlen, named tuples), instances without __init__, __copy__ and
# __deepcopy__, shared and cyclic references kept shared.
import copy
from collections import Counter, defaultdict, deque, namedtuple

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
a[2]["k"].append(8)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []


n = Node(1)
n.children.append(Node(2))
m = copy.deepcopy(n)
s = copy.copy(n)
n.children[0].v = 99
print(m.children[0].v, s.children[0].v, type(m).__name__, m is n, s.children is n.children)


class Custom:
    def __init__(self):
        self.calls = 0

    def __copy__(self):
        print("  __copy__")
        return "copied"

    def __deepcopy__(self, memo):
        print("  __deepcopy__")
        return "deep"


print(copy.copy(Custom()), copy.deepcopy([Custom()]))
cnt = Counter("aab")
dd = defaultdict(list, {"x": [1]})
dq = deque([[1], [2]], maxlen=3)
P = namedtuple("P", "x y")
p = P([1], 2)
print(copy.copy(cnt), copy.deepcopy(dd), copy.deepcopy(dq), copy.deepcopy(p), copy.copy({1, 2}))
d2 = copy.deepcopy(dd)
d2["new"].append(5)
print(dd, d2, copy.deepcopy(p).x is p.x)
try:
    copy.deepcopy((x for x in []))
except TypeError as e:
    print(e)
