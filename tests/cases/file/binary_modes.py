# Binary files: buffered readers and writers, random access, raw FileIO,
# truncation, and what a second reader sees before and after a flush.
with open("d.bin", "wb") as f:
    print(f.write(bytes(range(10))), f.write(bytearray(b"xyz")), f.tell())
with open("d.bin", "rb") as f:
    print(f.read(4), f.tell(), f.read1(3), f.peek()[:2], f.seek(-2, 2), f.read(), f.seek(1), f.seek(2, 1))
    buf = bytearray(3)
    print(f.readinto(buf), buf, f.readline(), f.read())
with open("d.bin", "r+b") as f:
    f.seek(3)
    f.write(b"ABC")
    print(f.read(2), f.tell())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())
with open("d.bin", "ab+") as f:
    f.write(b"++")
    f.seek(0)
    print(f.read(), f.mode)
raw = open("d.bin", "rb", buffering=0)
print(type(raw).__name__, raw.read(3), raw.readall(), raw.mode, raw.closefd)
raw.close()
with open("lines.bin", "wb") as f:
    f.writelines([b"a\n", b"bb\n", b"ccc"])
with open("lines.bin", "rb") as f:
    print(list(f))

w = open("buffered.txt", "w")
w.write("not yet")
r = open("buffered.txt")
print(repr(r.read()))
w.flush()
print(repr(r.read()))
w.write(" and more")
del w
print(repr(r.read()))
r.close()
with open("big.bin", "wb") as f:
    f.write(b"z" * 10000)
    with open("big.bin", "rb") as g:
        print(len(g.read()))
print(open("big.bin", "rb").read().count(b"z"))
