class Disabled:
    __call__ = None
    __getitem__ = None
    __setitem__ = None
    __neg__ = None
    __pos__ = None
for operation in [lambda x: x(['value']), lambda x: x[['key']], lambda x: -x, lambda x: +x]:
    try:
        operation(Disabled())
    except TypeError as exc:
        print(exc)
try:
    Disabled()[['key']] = ['value']
except TypeError as exc:
    print(exc)
class V:
    def __init__(self, x):
        self.x = x
    def __pos__(self):
        return V(abs(self.x))
    def __invert__(self):
        return V(~self.x)
    def __repr__(self):
        return "V(%d)" % self.x
print(+V(-3), ~V(5), -(+V(2)).x)
