# pickle: files (several pickles in one file, every protocol), Pickler and
# Unpickler with persistent ids, dispatch tables and reducer_override;
# user classes through __reduce__, __reduce_ex__, __getstate__/__setstate__,
# __getnewargs__/__getnewargs_ex__ and slots; dataclasses, enums, datetime;
# pickles CPython wrote (below, made by pickle.dumps under CPython 3.11)
# loaded back; and the errors.
import collections
import copyreg
import dataclasses
import datetime
import enum
import io
import pickle

BLOBS = [
    b'(dp0\nVints\np1\n(lp2\nI1\naI-2\naL1180591620717411303424L\nasVtext\np3\nVh\xe9\\u20ac\np4\nsVblob\np5\nc_codecs\nencode\np6\n(V\\u0000\xff\np7\nVlatin1\np8\ntp9\nRp10\nsVba\np11\nc__builtin__\nbytearray\np12\n(g6\n(Vxy\np13\ng8\ntp14\nRp15\ntp16\nRp17\nsVt\np18\n(F1.5\nNI01\ntp19\nsVs\np20\nc__builtin__\nset\np21\n((lp22\nI3\natp23\nRp24\nsVfs\np25\nc__builtin__\nfrozenset\np26\n((lp27\nI4\natp28\nRp29\nsVod\np30\nccollections\nOrderedDict\np31\n(tRp32\nVz\np33\nI1\nssVr\np34\nc__builtin__\nxrange\np35\n(I0\nI3\nI1\ntp36\nRp37\nsVc\np38\nc__builtin__\ncomplex\np39\n(F0.0\nF1.0\ntp40\nRp41\ns.',
    b'}q\x00(X\x04\x00\x00\x00intsq\x01]q\x02(K\x01J\xfe\xff\xff\xffL1180591620717411303424L\neX\x04\x00\x00\x00textq\x03X\x06\x00\x00\x00h\xc3\xa9\xe2\x82\xacq\x04X\x04\x00\x00\x00blobq\x05c_codecs\nencode\nq\x06(X\x03\x00\x00\x00\x00\xc3\xbfq\x07X\x06\x00\x00\x00latin1q\x08tq\tRq\nX\x02\x00\x00\x00baq\x0bc__builtin__\nbytearray\nq\x0c(h\x06(X\x02\x00\x00\x00xyq\rh\x08tq\x0eRq\x0ftq\x10Rq\x11X\x01\x00\x00\x00tq\x12(G?\xf8\x00\x00\x00\x00\x00\x00NI01\ntq\x13X\x01\x00\x00\x00sq\x14c__builtin__\nset\nq\x15(]q\x16K\x03atq\x17Rq\x18X\x02\x00\x00\x00fsq\x19c__builtin__\nfrozenset\nq\x1a(]q\x1bK\x04atq\x1cRq\x1dX\x02\x00\x00\x00odq\x1eccollections\nOrderedDict\nq\x1f)Rq X\x01\x00\x00\x00zq!K\x01sX\x01\x00\x00\x00rq"c__builtin__\nxrange\nq#(K\x00K\x03K\x01tq$Rq%X\x01\x00\x00\x00cq&c__builtin__\ncomplex\nq\'(G\x00\x00\x00\x00\x00\x00\x00\x00G?\xf0\x00\x00\x00\x00\x00\x00tq(Rq)u.',
    b'\x80\x02}q\x00(X\x04\x00\x00\x00intsq\x01]q\x02(K\x01J\xfe\xff\xff\xff\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@eX\x04\x00\x00\x00textq\x03X\x06\x00\x00\x00h\xc3\xa9\xe2\x82\xacq\x04X\x04\x00\x00\x00blobq\x05c_codecs\nencode\nq\x06X\x03\x00\x00\x00\x00\xc3\xbfq\x07X\x06\x00\x00\x00latin1q\x08\x86q\tRq\nX\x02\x00\x00\x00baq\x0bc__builtin__\nbytearray\nq\x0ch\x06X\x02\x00\x00\x00xyq\rh\x08\x86q\x0eRq\x0f\x85q\x10Rq\x11X\x01\x00\x00\x00tq\x12G?\xf8\x00\x00\x00\x00\x00\x00N\x88\x87q\x13X\x01\x00\x00\x00sq\x14c__builtin__\nset\nq\x15]q\x16K\x03a\x85q\x17Rq\x18X\x02\x00\x00\x00fsq\x19c__builtin__\nfrozenset\nq\x1a]q\x1bK\x04a\x85q\x1cRq\x1dX\x02\x00\x00\x00odq\x1eccollections\nOrderedDict\nq\x1f)Rq X\x01\x00\x00\x00zq!K\x01sX\x01\x00\x00\x00rq"c__builtin__\nxrange\nq#K\x00K\x03K\x01\x87q$Rq%X\x01\x00\x00\x00cq&c__builtin__\ncomplex\nq\'G\x00\x00\x00\x00\x00\x00\x00\x00G?\xf0\x00\x00\x00\x00\x00\x00\x86q(Rq)u.',
    b'\x80\x03}q\x00(X\x04\x00\x00\x00intsq\x01]q\x02(K\x01J\xfe\xff\xff\xff\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@eX\x04\x00\x00\x00textq\x03X\x06\x00\x00\x00h\xc3\xa9\xe2\x82\xacq\x04X\x04\x00\x00\x00blobq\x05C\x02\x00\xffq\x06X\x02\x00\x00\x00baq\x07cbuiltins\nbytearray\nq\x08C\x02xyq\t\x85q\nRq\x0bX\x01\x00\x00\x00tq\x0cG?\xf8\x00\x00\x00\x00\x00\x00N\x88\x87q\rX\x01\x00\x00\x00sq\x0ecbuiltins\nset\nq\x0f]q\x10K\x03a\x85q\x11Rq\x12X\x02\x00\x00\x00fsq\x13cbuiltins\nfrozenset\nq\x14]q\x15K\x04a\x85q\x16Rq\x17X\x02\x00\x00\x00odq\x18ccollections\nOrderedDict\nq\x19)Rq\x1aX\x01\x00\x00\x00zq\x1bK\x01sX\x01\x00\x00\x00rq\x1ccbuiltins\nrange\nq\x1dK\x00K\x03K\x01\x87q\x1eRq\x1fX\x01\x00\x00\x00cq cbuiltins\ncomplex\nq!G\x00\x00\x00\x00\x00\x00\x00\x00G?\xf0\x00\x00\x00\x00\x00\x00\x86q"Rq#u.',
    b'\x80\x04\x95\xf9\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x04ints\x94]\x94(K\x01J\xfe\xff\xff\xff\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@e\x8c\x04text\x94\x8c\x06h\xc3\xa9\xe2\x82\xac\x94\x8c\x04blob\x94C\x02\x00\xff\x94\x8c\x02ba\x94\x8c\x08builtins\x94\x8c\tbytearray\x94\x93\x94C\x02xy\x94\x85\x94R\x94\x8c\x01t\x94G?\xf8\x00\x00\x00\x00\x00\x00N\x88\x87\x94\x8c\x01s\x94\x8f\x94(K\x03\x90\x8c\x02fs\x94(K\x04\x91\x94\x8c\x02od\x94\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94\x8c\x01z\x94K\x01s\x8c\x01r\x94h\x08\x8c\x05range\x94\x93\x94K\x00K\x03K\x01\x87\x94R\x94\x8c\x01c\x94h\x08\x8c\x07complex\x94\x93\x94G\x00\x00\x00\x00\x00\x00\x00\x00G?\xf0\x00\x00\x00\x00\x00\x00\x86\x94R\x94u.',
    b'\x80\x05\x95\xec\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x04ints\x94]\x94(K\x01J\xfe\xff\xff\xff\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@e\x8c\x04text\x94\x8c\x06h\xc3\xa9\xe2\x82\xac\x94\x8c\x04blob\x94C\x02\x00\xff\x94\x8c\x02ba\x94\x96\x02\x00\x00\x00\x00\x00\x00\x00xy\x94\x8c\x01t\x94G?\xf8\x00\x00\x00\x00\x00\x00N\x88\x87\x94\x8c\x01s\x94\x8f\x94(K\x03\x90\x8c\x02fs\x94(K\x04\x91\x94\x8c\x02od\x94\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94\x8c\x01z\x94K\x01s\x8c\x01r\x94\x8c\x08builtins\x94\x8c\x05range\x94\x93\x94K\x00K\x03K\x01\x87\x94R\x94\x8c\x01c\x94h\x16\x8c\x07complex\x94\x93\x94G\x00\x00\x00\x00\x00\x00\x00\x00G?\xf0\x00\x00\x00\x00\x00\x00\x86\x94R\x94u.',
]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))

    def __repr__(self):
        return f"Reduced({self.a}, {self.b})"


class ReducedEx:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (ReducedEx, (self.v * 10 + proto,))

    def __repr__(self):
        return f"ReducedEx({self.v})"


class Stateful:
    def __init__(self, name):
        self.name = name
        self.cache = {'expensive': True}

    def __getstate__(self):
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        self.name = state['name'].upper()
        self.cache = None

    def __repr__(self):
        return f"Stateful({self.name!r}, {self.cache})"


class NewArgs:
    def __new__(cls, n):
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)

    def __repr__(self):
        return f"NewArgs({self.n})"


class NewArgsEx:
    def __new__(cls, n, *, scale=1):
        self = object.__new__(cls)
        self.n = n * scale
        return self

    def __getnewargs_ex__(self):
        return (self.n,), {'scale': 2}

    def __repr__(self):
        return f"NewArgsEx({self.n})"


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a']
        self.b = 'restored'


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = dataclasses.field(default_factory=list)


class Color(enum.Enum):
    RED = 1
    BLUE = 'b'


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Tree:
    def __init__(self, label):
        self.label = label
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


objects = [Point(1, 2), Reduced(5), ReducedEx(3), Stateful('ada'), NewArgs(4), Item('bolt', 3, ['m4']),
           Color.RED, Color.BLUE, Level.HIGH, datetime.date(2024, 2, 29), datetime.datetime(2023, 12, 31, 23, 59, 1, 5),
           datetime.time(12, 30, 15, 999999), datetime.timedelta(days=-1, seconds=5),
           datetime.datetime(2020, 5, 17, 8, tzinfo=datetime.timezone(datetime.timedelta(hours=-3), 'BRT')),
           datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc)]

with open('objects.pkl', 'wb') as f:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for o in objects:
            pickle.dump(o, f, protocol=proto)
with open('objects.pkl', 'rb') as f:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        for o in objects:
            back = pickle.load(f)
            print(proto, repr(back), type(back) is type(o))
    try:
        pickle.load(f)
    except EOFError as e:
        print('EOFError', e)
for proto in (2, 4, 5):
    for o in objects:
        print(proto, pickle.dumps(o, proto))

print(pickle.dumps(NewArgsEx(4), 4), pickle.loads(pickle.dumps(NewArgsEx(4), 5)))
s = Slotted(7)
back = pickle.loads(pickle.dumps(s))
print(back.a, back.b)
print(Color.RED is pickle.loads(pickle.dumps(Color.RED)))

root = Tree('root')
kid = root.add(Tree('kid'))
kid.add(Tree('grandkid'))
back = pickle.loads(pickle.dumps(root))
print(back.children[0].parent is back, back.children[0].children[0].parent.label)
print(pickle.dumps(root, 2))

for b in BLOBS:
    obj = pickle.loads(b)
    print(sorted(obj), obj['ints'], obj['text'], obj['blob'], obj['ba'], obj['t'], obj['s'], obj['fs'], obj['od'],
          obj['r'], obj['c'])


# Persistent ids: records named by key, kept outside the pickle.
class DB:
    def __init__(self):
        self.rows = {'u1': Point(0, 0), 'u2': Point(9, 9)}


db = DB()


class RefPickler(pickle.Pickler):
    def persistent_id(self, obj):
        for key, row in db.rows.items():
            if row is obj:
                return key
        return None


class RefUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return db.rows[pid]


for proto in (0, 2, 4):
    buf = io.BytesIO()
    RefPickler(buf, proto).dump([db.rows['u1'], 'x', db.rows['u2']])
    print(buf.getvalue())
    buf.seek(0)
    back = RefUnpickler(buf).load()
    print(back, back[0] is db.rows['u1'])
try:
    pickle.loads(buf.getvalue())
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


# A dispatch table on a pickler, copyreg registration, reducer_override.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"


def reduce_money(m):
    return (Money, (m.cents * 2,))


buf = io.BytesIO()
p = pickle.Pickler(buf)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Money] = reduce_money
p.dump(Money(21))
print(buf.getvalue(), pickle.loads(buf.getvalue()))
print(pickle.loads(pickle.dumps(Money(5))))
copyreg.pickle(Money, lambda m: (Money, (m.cents + 1,)))
print(pickle.loads(pickle.dumps(Money(5))))


class Overriding(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, (obj.y, obj.x))
        return NotImplemented


buf = io.BytesIO()
Overriding(buf, 4).dump([Point(1, 2), 3])
print(pickle.loads(buf.getvalue()))

# Shared references stay shared; memo across dumps of one Pickler.
shared = [1, 2]
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(buf.getvalue())
buf.seek(0)
up = pickle.Unpickler(buf)
a = up.load()
b = up.load()
c = up.load()
print(a is b, a is c, a == c)

# Errors.
for data in [b'', b'\x80\x04K', b'K\x01', b'zz', b'\x00', b'a', b'(.', b'h\x05.', b']K\x01e.', b'\x80\x09N.',
             b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K']:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads('text')
except TypeError as e:
    print('TypeError', e)


def gen():
    yield 1


for bad in [gen(), lambda: 1, open('objects.pkl', 'rb')]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


def make_local():
    class Local:
        pass
    return Local()


try:
    pickle.dumps(make_local())
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.dumps(1, protocol=6)
except ValueError as e:
    print('ValueError', e)
try:
    pickle.loads(pickle.dumps(Point(1, 2)).replace(b'Point', b'Pount'))
except AttributeError as e:
    print('AttributeError', str(e).split(' on ')[0])
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
