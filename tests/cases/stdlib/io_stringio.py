# io.StringIO and io.BytesIO: positions, newline modes, errors; sys.stdout
# and sys.stderr replaced by the program and by contextlib's redirects.
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

s = io.StringIO("abc")
print(s.tell(), s.read(1), s.tell())
s.write("Z")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("\nline two\nthree")
s.seek(0)
print(s.readline(), end="")
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(10)
s.write("q")
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(0)
print([line for line in s])

for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines())
u = io.StringIO(newline=None)
u.write("x\r")
u.write("\ny")
print(repr(u.getvalue()))
print(io.StringIO("hello").read(None), io.StringIO("hello").read(-3), io.StringIO("hello").readline(2))

for bad in [lambda: io.StringIO(3), lambda: io.StringIO(newline="x"), lambda: io.StringIO(newline=4),
            lambda: io.StringIO().write(b"x"), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 7),
            lambda: io.StringIO().truncate(-2), lambda: io.StringIO().read("x")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
c = io.StringIO("x")
c.close()
print(c.closed)
for op in [c.getvalue, c.read, lambda: c.write("a"), c.tell, lambda: c.seek(0), c.readable]:
    try:
        op()
    except ValueError as e:
        print(e)
with io.StringIO() as w:
    w.writelines(["a", "b", "c"])
    print(w.getvalue(), w.readable(), w.writable(), w.seekable(), w.isatty())
print(w.closed)
print(isinstance(w, io.TextIOBase), isinstance(w, io.IOBase), issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("unsupported", e)

b = io.BytesIO(b"abc\ndef\n")
print(b.readline(), b.read(2), b.tell(), b.read())
b.seek(-2, 2)
b.write(b"XYZ")
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b"!")
print(b.getvalue())
print(b.truncate(3), b.getvalue())
b.seek(0)
print(list(b))
for bad in [lambda: io.BytesIO("s"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
buf = bytearray(2)
print(io.BytesIO(b"xyz").readinto(buf), buf)

# print, sys.stdout.write and input's prompt follow sys.stdout.
out = io.StringIO()
with redirect_stdout(out) as target:
    print("inside", 1, 2, sep="-")
    sys.stdout.write("direct\n")
    print(target is out, sys.stdout is out)
print(repr(out.getvalue()))
print(sys.stdout is sys.__stdout__)
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))

# Reentrant, and nested redirects restore in order.
outer = io.StringIO()
inner = io.StringIO()
r = redirect_stdout(outer)
with r:
    print("a")
    with redirect_stdout(inner):
        print("b")
    with r:
        print("c")
    print("d")
print(repr(outer.getvalue()), repr(inner.getvalue()))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text.upper())
        return len(text)

    def flush(self):
        pass


old = sys.stdout
sys.stdout = Upper()
print("hello", "world")
captured = sys.stdout.parts
sys.stdout = old
print(captured)
sys.stdin = io.StringIO("first\nsecond\n")
print(input("prompt> "), input())
try:
    input()
except EOFError as e:
    print("EOF", e)
sys.stdin = sys.__stdin__
sys.stderr = io.StringIO()
print("hidden", file=sys.stderr)
sys.stderr = sys.__stderr__
ba = bytearray(b"0123456789")
del ba[7:]
del ba[::3]
del ba[-1:0]
print(ba)
