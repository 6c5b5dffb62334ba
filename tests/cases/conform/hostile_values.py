# Corner cases from hostile programs: float repr ties, format limits, %c and
# * widths, Unicode digits, __len__ checks, OSError errnos, int/float methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(1.5, '.2147483648f'))
t(lambda: repr(1e15 + 0.3))
t(lambda: f"{float('inf'):010.2f}")
t(lambda: f'{True:>6}')
t(lambda: '%c' % 'ab')
t(lambda: '%.*f' % (2, 3.14159))
t(lambda: '%*d' % (5, 42))
t(lambda: float('٣.٥'))
t(lambda: int('٣٤'))
class L:
    def __len__(self):
        return -1
class H:
    def __len__(self):
        return 2**70
t(lambda: len(L()))
t(lambda: len(H()))
t(lambda: bool(L()))
t(lambda: OSError(2, 'x'))
t(lambda: type(OSError(2, 'x')).__name__)
t(lambda: OSError(2, 'x').errno)
t(lambda: SystemExit(3).code)
t(lambda: 10**400 / 3)
t(lambda: 2.0 ** 10000)
t(lambda: int(1e300) % 7)
t(lambda: (1).to_bytes(2, 'big'))
t(lambda: int.from_bytes(b'\x01\x00', 'little'))
t(lambda: (255).bit_count())
t(lambda: (1.5).as_integer_ratio())
t(lambda: (0.1).hex())
t(lambda: float.fromhex('0x1.8p1'))
t(lambda: (3.0).is_integer())
import sys
t(lambda: sys.setrecursionlimit(1.5))
t(lambda: sys.setrecursionlimit(10**10))
