# zlib: compress/decompress at every level, wbits (zlib, raw, gzip, auto),
# strategies and memLevels, streaming objects with flush modes, max_length
# and unused data, preset dictionaries, copies, checksums and the errors.
# The compressed bytes are compared with CPython's through a checksum.
import random
import zlib

rnd = random.Random(3)
texts = [b"", b"a", b"hello world " * 50, bytes(rnd.getrandbits(8) for _ in range(5000)),
         b"".join(rnd.choice([b"spam", b"eggs", b"ham", b" ", b"\n"]) for _ in range(20000))]


def sig(b):
    return (len(b), zlib.crc32(b), zlib.adler32(b))


for t in texts:
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(t, level)
        print(level, sig(t), sig(c), zlib.decompress(c) == t)
    for wbits in (9, 15, -15, 31, -9, 25):
        c = zlib.compress(t, 6, wbits)
        print(wbits, sig(c), zlib.decompress(c, wbits) == t, zlib.decompress(c, 47 if wbits > 0 else wbits) == t)
    for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        for mem in (1, 9):
            co = zlib.compressobj(5, zlib.DEFLATED, 15, mem, strategy)
            c = co.compress(t) + co.flush()
            print(strategy, mem, sig(c))

t = texts[4]
co = zlib.compressobj(9)
parts = [co.compress(t[i:i + 777]) for i in range(0, len(t), 777)]
for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
    parts.append(co.compress(b"more data"))
    parts.append(co.flush(mode))
parts.append(co.flush())
c = b"".join(parts)
print(sig(c), [len(p) for p in parts][-10:])
do = zlib.decompressobj()
out = b""
for i in range(0, len(c), 1000):
    out += do.decompress(c[i:i + 1000])
out += do.flush()
print(out == t + b"more data" * 4, do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
chunks = []
data = c + b"TRAILING"
while data:
    chunks.append(do.decompress(data, 4096))
    data = do.unconsumed_tail
    if do.eof:
        break
print(len(chunks), max(len(x) for x in chunks), do.eof, do.unused_data, do.decompress(b"more"), do.unused_data)
print(do.flush(), zlib.decompress(c + b"junk") == t + b"more data" * 4)

zd = b"hello world spam eggs"
co = zlib.compressobj(zdict=zd)
c = co.compress(b"hello world, spam and eggs") + co.flush()
print(sig(c), zlib.decompressobj(zdict=zd).decompress(c))
try:
    zlib.decompress(c)
except zlib.error as e:
    print(e)

co = zlib.compressobj()
co.compress(b"abc" * 100)
cc = co.copy()
print(sig(co.flush()), sig(cc.flush()))
for bad in (lambda: co.compress(b"x"), lambda: co.flush(), lambda: co.copy()):
    try:
        bad()
    except (zlib.error, ValueError) as e:
        print(type(e).__name__, e)

print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.crc32(b"hello world"),
      zlib.adler32(b"hello"), zlib.adler32(b"", 5), zlib.crc32(b"x", -1), zlib.crc32(bytearray(b"abc")))
good = zlib.compress(b"x" * 1000)
for f in [lambda: zlib.decompress(b"garbage data here"), lambda: zlib.decompress(good[:-5]), lambda: zlib.compress(b"x", 10),
          lambda: zlib.compressobj(10), lambda: zlib.decompressobj(99), lambda: zlib.decompress(good, 99),
          lambda: zlib.compress("text"), lambda: zlib.crc32("text"), lambda: zlib.decompress(good, bufsize=-1),
          lambda: zlib.decompressobj().decompress(b"x", -1), lambda: zlib.decompressobj().flush(0),
          lambda: zlib.decompressobj(zdict="s"), lambda: zlib.decompressobj().decompress(b"garbage!"),
          lambda: zlib.compress(b"x", 6, 7)]:
    try:
        print(f())
    except (zlib.error, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH,
      type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, issubclass(zlib.error, Exception))
