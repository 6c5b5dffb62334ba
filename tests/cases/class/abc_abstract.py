# abc.ABC and @abstractmethod: instantiating an abstract class fails with
# CPython's message; concrete subclasses work.
from abc import ABC, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
print(sorted(Shape.__abstractmethods__))
print(sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))


class Base(abc.ABC):
    @property
    @abstractmethod
    def name(self):
        ...


class Named(Base):
    @property
    def name(self):
        return "named"


try:
    Base()
except TypeError as e:
    print(e)
print(Named().name)
