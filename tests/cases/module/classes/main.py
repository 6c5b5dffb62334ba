"""Classes of another module: made directly (m.C(), or C from `from m import C`),
subclassed, checked with isinstance, and called through values."""
import shapes
from shapes import Circle, Square as Sq

c = Circle(2.0)
s = Sq(3.0)
print(c.area(), s.area(), shapes.Circle(1.0).area())
total = 0.0
for i in range(1000):
    total += Circle(i * 0.001).area()
print(round(total, 6))
print(isinstance(c, shapes.Shape), isinstance(s, Circle), type(s).__name__)


class Big(Sq):
    def area(self):
        return super().area() * 10


print(Big(1.0).area(), isinstance(Big(1.0), shapes.Shape))
makers = [Circle, Sq, shapes.Square]
print([round(m(1.0).area(), 3) for m in makers])
print(shapes.count_made())
