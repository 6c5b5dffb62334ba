# __class_getitem__ is implicitly a class method: C[item] calls it with the class, subclasses inherit it.
class A:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class B(A):
    pass


print(A[int], B[str, int])
print(A.__class_getitem__(3))


class Box:
    def __init__(self, v):
        self.v = v

    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int], Box(3).v)


class Meta(type):
    def __getitem__(cls, item):
        return "meta wins"


class M(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"


print(M[0])
try:
    Box(1)[0]
except TypeError as e:
    print("TypeError:", e)
