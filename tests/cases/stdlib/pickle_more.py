# pickle: slotted objects without __getstate__, exceptions carrying attributes,
# bound methods, dict subclasses with attributes, floats' specials, named
# tuples and builtin functions; an exception's __dict__.
import pickle
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
class C:
    def m(self):
        return 5
class D(dict):
    pass
s = S()
print(pickle.dumps(s))
b = pickle.loads(pickle.dumps(s)); print(b.a, hasattr(b, 'b'))
e = E('boom', 3)
print(pickle.dumps(e))
e2 = pickle.loads(pickle.dumps(e)); print(e2.args, e2.code, type(e2).__name__)
c = C()
bm = pickle.loads(pickle.dumps(c.m)); print(bm())
d = D(x=1); d.extra = 2
print(pickle.dumps(d)); d2 = pickle.loads(pickle.dumps(d)); print(d2, d2.extra)
print(pickle.dumps([1.0, float('nan'), -float('inf')]))
print(pickle.dumps({'a': (1, 2), 'b': None}, protocol=0))
import collections
Point = collections.namedtuple('Point', ['x', 'y'])
print(pickle.dumps(Point(1, 2)), pickle.loads(pickle.dumps(Point(1, 2))))
print(pickle.dumps(sorted), pickle.dumps(max))
print(e.__dict__, vars(e))
print(FileNotFoundError(2, 'x', 'f').__dict__, KeyError('k').__dict__)
