# __getattr__, __setattr__, __delattr__, object.__setattr__, del obj.attr,
# property deleters, NotImplemented in operators, __init_subclass__.


class Record:
    def __init__(self):
        object.__setattr__(self, "_data", {})

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no field {name}")

    def __setattr__(self, name, value):
        print("set", name)
        self._data[name] = value

    def __delattr__(self, name):
        print("del", name)
        del self._data[name]


r = Record()
r.x = 1
r.y = "two"
print(r.x, r.y, r._data)
del r.x
try:
    r.x
except AttributeError as e:
    print(e)


class Plain:
    pass


p = Plain()
p.a = 1
p.b = 2
del p.a
print(p.__dict__)
try:
    del p.a
except AttributeError as e:
    print(e)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None


t = Temp()
t.celsius = 5
del t.celsius
print(t.celsius)


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v

    def __repr__(self):
        return f"Money({self.v})"


print(Money(1) + Money(2), sum([Money(1), Money(2), Money(3)]))
print(Money(1) == Money(1), Money(1) == 1, Money(1) != 1)
try:
    Money(1) + "x"
except TypeError as e:
    print(e)
print(NotImplemented, type(NotImplemented).__name__)

registry = []


class Plugin:
    def __init_subclass__(cls):
        registry.append(cls.__name__)


class Alpha(Plugin):
    pass


class Beta(Alpha):
    pass


print(registry)
