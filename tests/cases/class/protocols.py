# Iteration over user classes (__iter__/__next__), properties with
# setters, class and static methods, __call__, __contains__.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __call__(self, x):
        return self.items.count(x)


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
for v in Bag("a", "b", "a"):
    print(v, end=" ")
print()
b = Bag(1, 2, 2)
print(2 in b, 5 in b, b(2), sorted(Bag(3, 1, 2)), next(Countdown(1)), next(Countdown(0), "done"))


class Temperature:
    scale = "C"

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def describe(x):
        return f"{x} degrees"


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.freezing().celsius, t.describe(5), Temperature.describe(6))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
