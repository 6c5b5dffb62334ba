# super() calls in methods of tracked classes: resolved from the base on,
# whatever subclass the instance is of.


class Shape:
    def __init__(self, name, scale=1.0):
        self.name = name
        self.scale = scale

    def area(self):
        return 0.0

    def describe(self):
        return "%s %.2f" % (self.name, self.area() * self.scale)


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def describe(self):
        return "[" + super().describe() + "]"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.scale = 2.0

    def area(self):
        return super().area() + 0.5


class Plain(Shape):
    def __init__(self):
        super().__init__("plain", scale=3.0)

    def describe(self):
        return super().describe() + "!" + str(super().area())


shapes = [Rect(2.0, 3.0), Square(4.0), Plain()]
total = 0.0
for s in shapes:
    print(s.describe())
    total += s.area()
print(total)
try:
    Rect(1.0)
except TypeError as e:
    print("TypeError:", e)
