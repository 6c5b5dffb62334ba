# sys.getsizeof gives CPython's (64-bit, 3.11) numbers for ints, floats, strs of each width, bytes, tuples, dicts (str or other keys, each table size) and sets.
import sys
print([sys.getsizeof(x) for x in (0, 1, -1, 2**30-1, 2**30, 2**60, 2**90, -(2**100), True, False, None)])
print([sys.getsizeof(x) for x in (0.0, 1e300, '', 'a', 'ab', 'é', 'éa', '€', '😀', '😀a', 'x' * 100, b'', b'ab')])
print([sys.getsizeof(x) for x in ((), (1,), (1, 2, 3), tuple(range(50)))])
print([sys.getsizeof(set(range(n))) for n in (0, 1, 4, 5, 8, 18, 19, 100)])
print([sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 10, 11, 21, 22, 100)])
print([sys.getsizeof({'a': 1}), sys.getsizeof({'a': 1, 'b': 2}), sys.getsizeof(frozenset()), sys.getsizeof(frozenset([1]))])
d = {}
for i in range(30):
    d[str(i)] = i
print(sys.getsizeof(d), sys.getsizeof({i: i for i in range(7)}), sys.getsizeof({1, 2, 3} | {4, 5}))
from collections import namedtuple
P = namedtuple("P", "x y")
print(sys.getsizeof(P(1, 2)), sys.getsizeof(5, "default"))
