from abc import ABC, ABCMeta, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return "%s with area %s" % (self.name, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"

try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), isinstance(3, Shape))
print(sorted(Shape.__abstractmethods__))

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return hasattr(C, "draw")
        return NotImplemented

class Circle:
    def draw(self):
        return "o"
class Rock:
    pass
print(isinstance(Circle(), Drawable), isinstance(Rock(), Drawable), issubclass(Circle, Drawable))

class Plugin(ABC):
    pass
class Legacy:
    pass
Plugin.register(Legacy)
print(isinstance(Legacy(), Plugin), issubclass(Legacy, Plugin), Plugin.register(int) is int, isinstance(5, Plugin))
class SubPlugin(Plugin):
    pass
class Other:
    pass
SubPlugin.register(Other)
print(isinstance(Other(), Plugin), isinstance(Other(), SubPlugin), isinstance(Legacy(), SubPlugin))
@Plugin.register
class Decorated:
    pass
print(issubclass(Decorated, Plugin), type(Plugin).__name__, type(ABC) is ABCMeta)
try:
    Plugin.register(3)
except TypeError as e:
    print(e)
try:
    issubclass(3, Plugin)
except TypeError as e:
    print(e)
print(abc.get_cache_token() > 0 if False else "token")
class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"
class Impl(Base):
    def run(self):
        return "impl + " + super().run()
print(Impl().run())
