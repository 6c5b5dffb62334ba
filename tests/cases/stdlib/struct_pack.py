# struct: every format code under every byte order, sizes and native
# alignment, round trips, and CPython's errors (their wording depends on
# the byte order's table).
import struct


def attempt(f):
    try:
        print(repr(f()))
    except (struct.error, OverflowError, TypeError, SystemError) as e:
        print(type(e).__name__, e)


print(struct.pack('i', 1), struct.pack('<i', -2), struct.pack('>i', 258), struct.pack('!H', 513))
print(struct.pack('<q', -1), struct.pack('>Q', 2**64 - 1))
print(struct.pack('<?3sxc', True, b'ab', b'z'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.unpack('5p', b'\x09abcd'))
print(struct.pack('4s', b'abcdefg'), struct.pack('6s', bytearray(b'xy')), struct.pack('0s', b'abc'))
print(struct.unpack('<hHbB', b'\xff\xff\xff\xff\xff\xff'))
print(struct.unpack('>lLqQ', bytes(range(24))))
print(struct.unpack('@d', struct.pack('@d', 1.5)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('2c?', b'ab\x02'))

for bo in '@=<>!':
    print(bo, [struct.calcsize(bo + c) for c in 'xcbB?hHiIlLqQefd'])
print(struct.calcsize('@2xi c'), struct.calcsize('@bq'), struct.calcsize('@qb'), struct.calcsize('=bq'))
print(struct.calcsize('@nNP'), struct.calcsize('3i2h'), struct.calcsize(b'10s'))
print(struct.calcsize('9999999999999999i'))

# Half floats, rounded to even; out of range is OverflowError.
for x in [0.0, -0.0, 1.0, 1.5, 65504.0, 65519.0, 6e-8, 1e-8, 0.333, float('inf'), float('-inf'), float('nan')]:
    b = struct.pack('<e', x)
    print(x, b, struct.unpack('<e', b))
attempt(lambda: struct.pack('e', 65520.0))
attempt(lambda: struct.pack('<f', 1e300))
print(struct.pack('f', 1e300))

# Range errors: each table words them its own way.
for bo in '@=<>!':
    for c in 'bBhHiIlLqQnNP':
        out = []
        for v in [-1, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63 - 1]:
            try:
                out.append(struct.pack(bo + c, v).hex())
            except struct.error as e:
                out.append(str(e))
        print(bo + c, out)

attempt(lambda: struct.pack('i', 'a'))
attempt(lambda: struct.pack('h', 1e3))
attempt(lambda: struct.pack('f', 'x'))
attempt(lambda: struct.pack('d', '1'))
attempt(lambda: struct.pack('c', b'ab'))
attempt(lambda: struct.pack('c', bytearray(b'a')))
attempt(lambda: struct.pack('s', 3))
attempt(lambda: struct.pack('p', 'x'))
attempt(lambda: struct.pack('?', []))
attempt(lambda: struct.pack('i', True))
attempt(lambda: struct.pack('ii', 1))
attempt(lambda: struct.pack('ii', 1, 2, 3))
attempt(lambda: struct.pack('0s'))
attempt(lambda: struct.pack(1))
attempt(lambda: struct.pack('3 i', 1, 2, 3))
attempt(lambda: struct.pack('i<', 1))
attempt(lambda: struct.pack('3', 1))
attempt(lambda: struct.calcsize('z'))
attempt(lambda: struct.calcsize('<P'))
attempt(lambda: struct.calcsize('99999999999999999999i'))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('<i', Idx()))

# unpack, unpack_from, pack_into, iter_unpack.
attempt(lambda: struct.unpack('i', b'abc'))
attempt(lambda: struct.unpack('i', 'abcd'))
attempt(lambda: struct.unpack('<i', bytearray(b'abcd')))
attempt(lambda: struct.unpack_from('<i', b'abcdef', 2))
attempt(lambda: struct.unpack_from('<i', b'abcdef', -4))
attempt(lambda: struct.unpack_from('i', b'abcdef', 4))
attempt(lambda: struct.unpack_from('i', b'abcdef', -2))
attempt(lambda: struct.unpack_from('i', b'abcdef', -8))
attempt(lambda: struct.unpack_from('i', b'abcdef', 7))
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, -1, 0x01020304)
print(buf)
struct.pack_into('>H', buf, -2, 0xabcd)
print(buf)
attempt(lambda: struct.pack_into('i', bytearray(6), 4, 1))
attempt(lambda: struct.pack_into('i', bytearray(6), -2, 1))
attempt(lambda: struct.pack_into('i', bytearray(6), -8, 1))
attempt(lambda: struct.pack_into('i', bytearray(6), 8, 1))
attempt(lambda: struct.pack_into('i', b'abcdef', 0, 1))
attempt(lambda: struct.pack_into('i', bytearray(6), 1))
it = struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')
print(type(it).__name__, it.__length_hint__(), list(it))
attempt(lambda: struct.iter_unpack('i', b'abcde'))
attempt(lambda: struct.iter_unpack('', b'abcde'))

# Struct objects.
s = struct.Struct('<2hq')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), s.unpack_from(b'\x00' + s.pack(4, 5, 6), 1))
print(struct.Struct(b'>I').format, struct.Struct(format='i').size, type(s).__name__)
print(list(struct.Struct('B').iter_unpack(b'\x01\x02')))
b2 = bytearray(4)
struct.Struct('<I').pack_into(b2, 0, 0xdeadbeef)
print(b2.hex())
attempt(lambda: struct.Struct('q').unpack(b'x'))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
try:
    struct.pack('b', 200)
except struct.error as e:
    print(repr(e))

# pack_into zeroes the pads of what it packs; native alignment counts from
# the offset; a zero count takes a value but packs nothing (CPython 3.11
# still writes a `0p`'s length byte).
buf = bytearray(b'----------')
struct.pack_into('@bi', buf, 2, 1, 2)
print(buf)
buf = bytearray(b'------')
struct.pack_into('2x', buf, 1)
print(buf)
buf = bytearray(b'------')
struct.pack_into('0p', buf, 1, b'x')
print(buf)
print(struct.pack('<b0ih', 1, 2), struct.pack('@b0ib', 1, 2), struct.pack('<0cB', 9), struct.pack('<0pB', b'x', 5))
attempt(lambda: struct.unpack('0p', b''))
struct.pack('>h', 40000)
