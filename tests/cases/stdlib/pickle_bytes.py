# pickle: the bytes written for builtin values, containers, shared and
# cyclic references and user classes under every protocol, checked equal
# to CPython's (so each side loads the other's); large values show the
# 64 KiB frames and batches of 1000 through a checksum.
import binascii
import collections
import pickle


class P:
    def __init__(self, x):
        self.x = x


class S:
    __slots__ = ('a', 'b')


class L(list):
    pass


class D(dict):
    pass


class I(int):
    pass


class Outer:
    class Inner:
        pass


NT = collections.namedtuple('NT', 'a b')


def fn():
    pass


def checksum(b):
    return binascii.crc32(b)


s1 = S()
s1.a = 5
l1 = L([1, 2])
l1.tag = 'x'
sh = [1]
cyc = []
cyc.append(cyc)
t = ([],)
t[0].append(t)
data = [None, True, False, 0, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, 2**64, -2**100, 1.5, -0.0,
        1e100, float('inf'), 'héllo\n\\\x00\x1a\r\u20ac\U0001f600', '', 'x' * 300, b'', b'ab', b'\xff' * 3,
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {'a': 1}, {'a': 1, 'b': [2]}, {1, 2, 3},
        frozenset({4, 5}), set(), frozenset(), 3 + 4j, range(1, 9, 2), bytearray(b'ba'), bytearray(), P(3),
        [P(1), P(2)], [{'k': 1}, {'k': 2}], collections.OrderedDict(a=1, b=2), ValueError('bad', 2), s1, l1,
        D(a=1), I(5), NT(1, 2), collections.deque([1, 2]), collections.deque([1], 3),
        collections.defaultdict(list, {'a': [1]}), collections.Counter('abca'), fn, P, Outer.Inner, len,
        slice(1, 2), Ellipsis, NotImplemented, FileNotFoundError(2, 'nope'), [sh, sh, (sh,)], cyc, t]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for d in data:
        try:
            b = pickle.dumps(d, proto)
        except TypeError as e:
            print(proto, 'TypeError', e)
            continue
        back = pickle.loads(b)
        shown = repr(back)
        if isinstance(back, (P, S, BaseException, list, tuple)) or callable(back):
            shown = getattr(back, '__name__', type(back).__name__)
        print(proto, b, shown)

big = [list(range(1001)), {i: i for i in range(1000)}, set(range(1000)), list(range(40000)),
       [str(i) for i in range(12000)], ['x' * 70000, 'y'], [b'z' * 70000], ['a' * 65530, 'b' * 12],
       [[i] for i in range(14000)], [[i, i] for i in range(10000)], [(i,) for i in range(14000)],
       {'k%d' % i: [i, (i,)] for i in range(4000)}]
# Text, binary batches, and frames (protocol 5 frames as 4 does).
for proto in (0, 2, 4):
    for d in big:
        b = pickle.dumps(d, proto)
        back = pickle.loads(b)
        print(proto, len(b), checksum(b), back == d)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
print(pickle.dumps([1, 2], -1))
