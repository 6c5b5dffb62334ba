# open() in text and binary modes: writing, reading back, positions, appending,
# and the errors CPython raises.
import io
with open("a.txt", "w") as f:
    print(f.write("hello\nworld\r\nthird\rlast"), f)
with open("a.txt") as f:
    print(repr(f.read()))
with open("a.txt", newline="") as f:
    print(list(f))
with open("a.txt", "rb") as f:
    print(f.read(), f)
f = open("a.txt")
print(repr(f.readline()), f.tell(), repr(f.read(3)), f.tell(), repr(f.readline()), f.readlines())
f.seek(6)
print(repr(f.read()), f.closed)
f.close()
print(f.closed)
with open("b.txt", "w+") as g:
    g.write("αβγ\n12")
    g.seek(0)
    print(repr(g.read()), g.tell(), g.mode, g.name, g.encoding)
with open("b.txt", "a") as g:
    g.write("+more")
with open("b.txt", "rb") as g:
    print(g.read())
for bad in ["rw", "tb", "q"]:
    try:
        open("a.txt", bad)
    except ValueError as e:
        print(e)
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.filename, e.strerror)
try:
    open("a.txt", "x")
except FileExistsError as e:
    print(e)
try:
    open(".")
except IsADirectoryError as e:
    print(e)
r = open("a.txt")
try:
    r.write("x")
except io.UnsupportedOperation as e:
    print("unsupported", e)
r.close()
try:
    r.read()
except ValueError as e:
    print(e)
