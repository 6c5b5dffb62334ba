# Classes: __init__, attributes, methods, class attributes, inheritance
# with super(), multiple inheritance (C3 MRO), isinstance, special methods.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"Animal({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, t):
        self.tricks.append(t)
        return self

    def speak(self):
        return super().speak() + "!"


a = Animal("cat", "meow")
d = Dog("rex")
d.add_trick("sit").add_trick("roll")
print(a.speak(), d.speak(), d.tricks, Animal.count, d.kind, a.kind, Dog.kind)
print(a, [d], str(a), repr(d))
print(isinstance(d, Animal), isinstance(a, Dog), isinstance(d, (int, Dog)), type(d).__name__, type(d) is Dog)
print(Dog.__mro__[0].__name__, [c.__name__ for c in Dog.__mro__[:-1]], Dog.__name__)


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __bool__(self):
        return self.x != 0 or self.y != 0


v = Vec(1, 2) + Vec(3, 4)
print(v, v * 2, 3 * v, v == Vec(4, 6), v != Vec(4, 6), len(v), v[0], v[-1])
print([str(p) for p in sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)])], {Vec(1, 1): "a"}[Vec(1, 1)])
print(bool(Vec(0, 0)), bool(v), "yes" if Vec(0, 1) else "no", max([Vec(1, 1), Vec(2, 0)]))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()


class D(B, C):
    def who(self):
        return "D>" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)


class Empty:
    pass


e = Empty()
e.x = 5
e.x += 1
print(e.x, isinstance(e, object))
