# gzip: compress/decompress (several members, mtime, levels), GzipFile
# reading and writing files and file objects with CPython's exact bytes,
# text mode through gzip.open, seeking, and the errors. Python writes files
# in the case's directory, and each side reads the other's bytes.
import gzip
import io
import os
import zlib

data = b"".join(b"line %d: spam eggs\n" % i for i in range(2000))
for level in (1, 6, 9):
    for mtime in (0, 5, 1700000000):
        c = gzip.compress(data, level, mtime=mtime)
        print(level, mtime, len(c), zlib.crc32(c), c[:10], gzip.decompress(c) == data)
multi = gzip.compress(b"first ", mtime=1) + b"\0\0" + gzip.compress(b"second", mtime=2)
print(gzip.decompress(multi), gzip.decompress(b""))

with gzip.open("out.txt.gz", "wb") as f:
    f.write(b"hello ")
    f.write(b"world\n" * 100)
    print(f.tell(), f.name, f.mode, f.writable(), f.readable())
raw = open("out.txt.gz", "rb").read()
print(raw[:3], raw[8:], len(raw))
with gzip.open("out.txt.gz") as f:
    print(f.read(5), f.readline(), f.tell(), len(f.readlines()), f.read(), f.mtime > 0)
    f.seek(0)
    print(f.read(11), f.peek(3)[:3])
b = io.BytesIO()
with gzip.GzipFile("name.bin.gz", "wb", 9, b, mtime=7) as f:
    f.write(b"abc" * 1000)
    f.seek(3010)
    f.write(bytearray(b"tail"))
print(b.getvalue()[:24], zlib.crc32(b.getvalue()), len(b.getvalue()))
b.seek(0)
with gzip.GzipFile(fileobj=b) as f:
    body = f.read()
    print(len(body), body[-14:], f.mtime)
with gzip.open("text.gz", "wt", encoding="utf-8", newline="\r\n") as f:
    f.write("héllo\nwörld\n")
print(gzip.decompress(open("text.gz", "rb").read()))
with gzip.open("text.gz", "rt", encoding="utf-8", newline="") as f:
    print(repr(f.read()))
with gzip.open("text.gz", "rt", encoding="utf-8") as f:
    print([line for line in f])
with open("plain.gz", "wb") as f:
    f.write(gzip.compress(b"x" * 10, mtime=3))
with gzip.open("plain.gz") as f:
    print(list(f), f.mtime)
for bad in [b"not gzip data", gzip.compress(b"abc", mtime=1)[:-3], gzip.compress(b"abc", mtime=1)[:15],
            gzip.compress(b"abc", mtime=1)[:-8] + b"\0\0\0\0\3\0\0\0", gzip.compress(b"abc", mtime=1)[:-4] + b"\9\0\0\0",
            b"\x1f\x8b\x07" + b"\0" * 20]:
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as e:
        print(type(e).__name__, e)
for f in [lambda: gzip.open("x.gz", "rtb"), lambda: gzip.open("x.gz", "rb", encoding="utf-8"),
          lambda: gzip.GzipFile("x.gz", "rt"), lambda: gzip.open(5), lambda: gzip.GzipFile("plain.gz").write(b"x"),
          lambda: gzip.GzipFile("y.gz", "wb").read()]:
    try:
        f()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
g = gzip.GzipFile("plain.gz")
g.close()
try:
    g.read()
except ValueError as e:
    print(e, g.closed)
print(issubclass(gzip.BadGzipFile, OSError), gzip.READ, gzip.WRITE)
os.remove("out.txt.gz")
