made = 0


class Shape:
    def __init__(self):
        global made
        made += 1

    def area(self):
        return 0.0


class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self)
        self.side = side

    def area(self):
        return self.side * self.side


def count_made():
    return made
