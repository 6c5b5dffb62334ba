# Metaclasses: __new__/__init__ at class creation (a registry), __call__
# (a singleton), methods and attributes of the metaclass seen from the
# class, type(cls), class keywords for __init_subclass__, __new__ on
# ordinary classes, type(name, bases, ns).


class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes[name] = cls
        print("created", name, sorted(k for k in namespace if not k.startswith("__")))
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        cls.tag = kwargs.get("tag", "none")

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"


class Base(metaclass=Registry):
    def hello(self):
        return "hello from " + type(self).__name__


class Child(Base, tag="child"):
    x = 1


print(sorted(Registry.classes), Child.describe(), Base.describe())
print(type(Child).__name__, isinstance(Child, Registry), isinstance(Child(), Base), Child().hello())


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("init config", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Plugin:
    names = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.names.append(cls.plugin_name)


class Csv(Plugin, name="csv-reader"):
    pass


class Json(Plugin):
    pass


print(Plugin.names, Csv.plugin_name, Json.plugin_name)
try:
    class Bad(Json, flavour=1):
        pass
except TypeError as e:
    print(e)


class Counted:
    count = 0

    def __new__(cls, *args):
        Counted.count += 1
        inst = super().__new__(cls)
        inst.serial = Counted.count
        return inst

    def __init__(self, label):
        self.label = label


c1, c2 = Counted("a"), Counted("b")
print(c1.serial, c2.serial, c2.label, Counted.count)


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(Weird())

Point = type("Point", (), {"x": 0, "norm": lambda self: abs(self.x)})
p = Point()
p.x = -3
print(Point.__name__, p.norm(), type(p).__name__)
