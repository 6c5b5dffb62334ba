# What a statement's temporaries hold goes when the statement is done, as
# in CPython: a finalizer shows when (no gc involved: no cycles here).


class Tag:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  freed", self.name)


class Holder:
    def __init__(self, name):
        self.tag = Tag(name)


def constructed():
    h = Holder("constructed in a function")
    del h
    print("after del h")


constructed()
h = Holder("constructed at module level")
h = None
print("after rebinding h")

tags = [Tag("in a list comprehension")]
names = [t.name for t in tags]
tags = None
print("after the comprehension's list went", names)

a, b = Tag("unpacked a"), Tag("unpacked b")
del a
print("after del a")
del b
print("after del b")


def pair():
    return Tag("first of pair"), Tag("second of pair")


x, y = pair()
x = y = None
print("after dropping the pair")

print(len({Tag("in a set display").name}))
print("after the set display")

print(Tag("compared").name < "z" < "zz")
print("after the chained comparison")

total = sum(len(Tag(f"summed {i}").name) for i in range(2))
print("after the sum", total)

class Manager:
    def __enter__(self):
        return Tag("entered")

    def __exit__(self, *exc):
        return False


with Manager() as m:
    first = m.name
m = None
print("after the with", first)


def returns_holder():
    return Holder("returned")


def uses():
    returns_holder().tag.name
    print("after the expression statement")


uses()
print("end")
