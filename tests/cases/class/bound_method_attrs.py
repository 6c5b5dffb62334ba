# A bound method's __func__/__self__, and its function's attributes through it.
class B:
    def m(self): pass
b = B()
print(b.m.__func__ is B.m, b.m.__self__ is b, b.m.__name__, b.m.__qualname__)
try:
    b.m.foo
except AttributeError as e:
    print(e)
B.m.tag = 5
print(b.m.tag, b.m.__defaults__, b.m.__annotations__)
