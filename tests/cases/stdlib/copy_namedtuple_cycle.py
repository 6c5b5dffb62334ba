import copy
from collections import namedtuple

items = []
plain = (items,)
items.append(plain)
c = copy.deepcopy(plain)
print(c[0][0] is c, c is not plain)

Node = namedtuple("Node", "children")
kids = []
node = Node(kids)
kids.append(node)
nc = copy.deepcopy(node)
print(nc.children[0] is not nc, type(nc.children[0]).__name__, nc.children[0].children is nc.children)
