# Hostile values: sizes no machine holds (MemoryError/OverflowError, not an abort), precision limits, protocol corners, codecs.
import sys, math
def t(f):
    try:
        r = f()
        print("ok", repr(r)[:60])
    except BaseException as e:
        print(type(e).__name__, str(e)[:80])
t(lambda: "ab" * 2**62)
t(lambda: format(1.5, '.2147483648f'))
t(lambda: [0] * 10**10)
t(lambda: repr(1e15 + 0.3))
t(lambda: str(10**5000))
t(lambda: (math.log(10**400), math.log2(2**1000 + 1), math.log10(10**300)))
t(lambda: f"{float('inf'):010.2f}")
t(lambda: f'{True:>6}')
t(lambda: '%c' % 'ab')
t(lambda: '%.*f' % (2, 1.234))
t(lambda: float('٣.٥'))
t(lambda: OSError(2, 'x'))
t(lambda: (type(OSError(2, 'x')).__name__, OSError(2, 'x').errno))
t(lambda: SystemExit(3).code)
t(lambda: sys.setrecursionlimit(10**10))
t(lambda: sys.setrecursionlimit(1.5))
class L:
    def __len__(self): return -1
class H:
    def __len__(self): return 2**70
class I:
    def __index__(self): return 2
t(lambda: len(L()))
t(lambda: len(H()))
t(lambda: [1, 2, 3][I()])
t(lambda: list(range(I())))
#
t(lambda: math.ldexp(1.5, 3))
t(lambda: float.fromhex('0x1.8p1'))
t(lambda: b'%d' % 5)
t(lambda: 'héllo'.encode('utf-16'))
t(lambda: repr('\u0378\u200b'), )
t(lambda: '\u0378'.isprintable())
a = []
tup = (a,)
a.append(tup)
t(lambda: repr(tup))
t(lambda: (-8) ** (1/3))
t(lambda: 2 ** 0.5j)
