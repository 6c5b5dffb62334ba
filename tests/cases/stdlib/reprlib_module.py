import reprlib
from collections import deque
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr("a" * 100), reprlib.repr("short"), reprlib.repr(2 ** 200))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(set()))
print(reprlib.repr(deque(range(10))), reprlib.repr({}))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr([{"a": [1, 2, {"b": (3,)}]}]))
class Big:
    def __repr__(self):
        return "Big(" + "x" * 50 + ")"
class Bad:
    def __repr__(self):
        raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Bad()).startswith("<Bad instance at 0x"))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.fillvalue = "~"
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([1, [2, [3]]]))
r.maxlevel = 1
print(r.repr([1, [2, [3]]]), r.repr({"k": {"n": 1}}))
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)
n = Node(1)
n.children.append(n)
print(n, Node.__repr__.__name__)
class MyRepr(reprlib.Repr):
    def repr_Node(self, obj, level):
        return "<node %d>" % obj.v
print(MyRepr().repr([Node(5), 3]))
print(reprlib.repr([1.5, None, True, "x"]), reprlib.repr(range(5)), reprlib.repr(b"bytes" * 20))
