# Cyclic garbage: doubly linked rings and parent/child trees, made and
# dropped in a loop. Reference counting alone frees none of it; the cycle
# collector must keep the peak memory flat.


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class TreeNode:
    def __init__(self, parent, depth):
        self.parent = parent
        self.children = []
        if depth > 0:
            for _ in range(2):
                self.children.append(TreeNode(self, depth - 1))


def ring(n):
    first = Node(0)
    last = first
    for i in range(1, n):
        node = Node(i)
        node.prev = last
        last.next = node
        last = node
    last.next = first
    first.prev = last
    return first


def walk(first):
    total = first.value
    node = first.next
    while node is not first:
        total += node.value
        node = node.next
    return total


def count(tree):
    return 1 + sum(count(c) for c in tree.children)


def main():
    total = 0
    for i in range(60000):
        total += walk(ring(20))
    nodes = 0
    for i in range(900):
        nodes += count(TreeNode(None, 8))
    print(total, nodes)


main()
