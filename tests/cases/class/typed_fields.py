# Instances of tracked classes: attribute types joined over every store in
# the program, whatever the receiver, and the dynamic paths that must keep
# seeing the same attributes.


class Vec:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scale(self, k=2.0):
        self.x *= k
        self.y *= k
        return self


class Box:
    def __init__(self, v):
        self.v = v
        self.items = []
        self.label = 0

    def relabel(self):
        # The field changes type: int first, then str.
        self.label = "box" + str(self.label)


def set_anything(o, name_value):
    # A store through a dynamic receiver: joins into every class's field.
    o.y = name_value


v = Vec(3.0, 4.0)
print(v.norm2(), v.scale().norm2(), v.scale(k=0.5).x)
set_anything(v, 7)
print(v.y, type(v.y).__name__, v.norm2())
set_anything(v, "s")
try:
    print(v.norm2())
except TypeError as e:
    print("TypeError:", e)

# A class attribute read through an instance, then shadowed by one.
print(v.count)
v.count += 1
print(v.count, Vec.count)

b = Box(v)
b.relabel()
print(b.label, b.v.x)
alias = b.items
alias.append("one")
alias.append(2)
print(b.items, len(b.items))

# Attributes added later, outside any method.
b.extra = 1.5
b.extra += 1
print(b.extra)

# Delete and read again: AttributeError, then the class attribute.
del v.count
print(v.count)
del b.extra
try:
    print(b.extra)
except AttributeError as e:
    print("AttributeError:", e)
