# Every kind of reference cycle is freed by the collector: gc.collect()
# finds it, and what it held is gone (a finalizer tells).
import gc

freed = []


class Tag:
    """Reports its own end."""

    def __init__(self, name):
        self.name = name

    def __del__(self):
        freed.append(self.name)


def report(what):
    n = gc.collect()
    print(what, n > 0, sorted(freed))
    freed.clear()


gc.collect()


# Parent and child linked both ways.
class TreeNode:
    def __init__(self, name, parent=None):
        self.tag = Tag(name)
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


root = TreeNode("root")
for i in range(3):
    kid = TreeNode(f"kid{i}", root)
    TreeNode(f"grandkid{i}", kid)
del root, kid
report("tree")


# A doubly linked list.
class Link:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None
        self.tag = Tag(f"link{value}")


head = Link(0)
cur = head
for v in range(1, 5):
    nxt = Link(v)
    cur.next = nxt
    nxt.prev = cur
    cur = nxt
del head, cur, nxt
report("doubly linked")

# A graph as an adjacency dict whose nodes know their graph.
graph = {}
for name in "abcd":
    graph[name] = {"tag": Tag("node-" + name), "edges": [], "graph": graph}
for a, b in ["ab", "bc", "cd", "da", "ac"]:
    graph[a]["edges"].append(graph[b])
del graph
report("graph")


# An instance that holds itself through containers.
class Box:
    def __init__(self):
        self.tag = Tag("box")
        self.items = [self, {"me": self}, (self, 1)]


b = Box()
del b
report("self through containers")


# A closure that refers to itself.
def make_counter():
    tag = Tag("closure")

    def count(n):
        return 0 if n == 0 else 1 + count(n - 1)

    count.tag = tag
    return count


c = make_counter()
print(c(3))
del c
report("closure")


# An instance holding its own bound method.
class Button:
    def __init__(self):
        self.tag = Tag("button")
        self.on_click = self.clicked

    def clicked(self):
        return "clicked"


btn = Button()
print(btn.on_click())
del btn
report("bound method")

# A list and a dict containing themselves, a set of tuples back to a list.
l = [Tag("self-list")]
l.append(l)
d = {"tag": Tag("self-dict")}
d["d"] = d
holder = [Tag("set-holder")]
s = {(1, id(holder))}
holder.append(s)
del l, d, holder, s
report("containers")

# Objects still reachable are never collected.
keep = Link(99)
keep.next = keep
gc.collect()
print("kept", keep.value, keep.next is keep, freed)
