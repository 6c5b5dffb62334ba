# Method calls bound at compile time must reach what CPython's lookup
# reaches: overrides in subclasses, patched classes, instance attributes
# shadowing methods, bound methods passed around, unbound calls.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return self.name + ": " + str(self.area())

    def twice(self, n, k=2):
        return n * k


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Square(3), Circle(2), Shape("blob")]
for s in shapes:
    print(s.describe(), s.twice(3), s.twice(n=4, k=3))

s = Square(5)
print(s.area(), Shape.area(s), s.describe())

# A bound method read as a value, called later with other arguments.
f = s.twice
print(f(10), f("ab", 3))

# An unbound call with an object of another class.
class Other:
    name = "other"

    def area(self):
        return -1


print(Shape.describe(Other()))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n

    def hello(self):
        return "hello"


c = Counter()
print(c.bump(), c.bump())
# An instance attribute shadows the method.
c.hello = lambda: "shadowed"
print(c.hello())
# The class patched after instances exist.
Counter.bump = lambda self: -100
print(c.bump(), Counter().bump())

# Wrong arguments: CPython's messages, with the qualified name.
try:
    s.twice()
except TypeError as e:
    print("TypeError:", e)
try:
    s.twice(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    s.twice(1, z=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Square()
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


# A receiver that may be None.
class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt

    def total(self):
        t = 0
        n = self
        while n is not None:
            t += n.value
            n = n.next
        return t


chain = Node(1, Node(2, Node(3, None)))
print(chain.total(), chain.next.total())
end = chain.next.next.next
try:
    end.total()
except AttributeError as e:
    print("AttributeError:", e)


# Recursion through a direct method, and an error raised inside one.
class Tree:
    def __init__(self, depth):
        self.left = Tree(depth - 1) if depth > 0 else None
        self.right = Tree(depth - 1) if depth > 0 else None

    def count(self):
        n = 1
        if self.left is not None:
            n += self.left.count() + self.right.count()
        return n

    def fail(self, k):
        if k == 0:
            raise ValueError("bottom")
        return self.left.fail(k - 1)


t = Tree(4)
print(t.count())
try:
    t.fail(2)
except ValueError as e:
    print("ValueError:", e)
try:
    t.fail(9)
except AttributeError as e:
    print("AttributeError:", e)


# A method deleted from its class; a method called with unpacking.
class Gone:
    def m(self):
        return 1

    def n(self, a, b=2):
        return a + b


g = Gone()
print(g.m(), g.n(*(1,)), g.n(**{"a": 3, "b": 4}))
del Gone.m
try:
    g.m()
except AttributeError as e:
    print("AttributeError:", e)
