for b in (b'hello world  \tfoo\r\nbar\n', bytearray(b'a-B c')):
    print(b.capitalize(), b.swapcase(), b.title(), b.center(30, b'*'), b.ljust(3), b.rjust(31), b.zfill(30))
    print(b.expandtabs(4), b.removeprefix(b'hel'), b.removesuffix(b'\n'), b.rpartition(b'o'), b.rpartition(b'#'))
    print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.split(b'o', 1), b.rsplit(b'o', 1), b.splitlines(), b.splitlines(True))
    print(b.translate(None, b'lo'), b.translate(bytes(range(255, -1, -1)))[:5], b.upper(), b.strip(), b.replace(b'o', b'0'))
print(b'-12'.zfill(6), b'  a b  '.rsplit(), b'a\x85b'.split(), b'ab'.center(5), b'ab'.center(6))
try:
    b'x'.center(5, b'ab')
except TypeError as e:
    print(e)
print(b"a and b and c".partition(b"and"), b"abc".partition(b"x"), bytearray(b"k=v").partition(b"="))
print(True ** (2**32), (-1) ** (2**40 + 1), 0 ** (2**33), 1 ** (2**70))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Raw:
    def __bytes__(self):
        return b'raw'


print(bytes(Num(3)), bytes(Raw()), bytearray(Num(2)))
try:
    bytes(-1)
except ValueError as e:
    print(e)
print(b'ABCD'.hex(sep='-', bytes_per_sep=3), b'ABCDE'.hex(':', -2), b'AB'.hex(b'_'), b''.hex('-'), bytearray(b'xyz').hex(' ', 1))
print(b'abc'.hex('-', 0), b'abcd'.hex(':', 2), b'abcd'.hex(':', -3))
