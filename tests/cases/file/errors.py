# What CPython raises: bad modes and arguments, missing and existing files,
# directories, operations the mode does not allow, closed files.
import io

open("exists.txt", "w").close()
cases = [
    lambda: open("exists.txt", "rw"),
    lambda: open("exists.txt", "rr"),
    lambda: open("exists.txt", "tb"),
    lambda: open("exists.txt", "rb", encoding="utf-8"),
    lambda: open("exists.txt", "rb", errors="strict"),
    lambda: open("exists.txt", "rb", newline=""),
    lambda: open("exists.txt", "r", newline="x"),
    lambda: open("exists.txt", "r", buffering=0),
    lambda: open("exists.txt", ""),
    lambda: open("exists.txt", 5),
    lambda: open("missing/x.txt"),
    lambda: open("exists.txt", "x"),
    lambda: open("."),
    lambda: open(".", "w"),
    lambda: open(3.5),
    lambda: open("exists.txt").write("x"),
    lambda: open("exists.txt", "w").read(),
    lambda: open("exists.txt", "rb").write(b"x"),
    lambda: open("exists.txt", "wb").read(),
    lambda: open("exists.txt", "w").write(b"x"),
    lambda: open("exists.txt", "wb").write("x"),
    lambda: open("exists.txt").seek(1, 1),
    lambda: open("exists.txt").seek(-1),
]
for case in cases:
    try:
        case()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))

f = open("exists.txt")
f.close()
f.close()
for op in [f.read, f.readline, f.tell, lambda: f.seek(0), lambda: next(iter(f)), f.fileno]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
b = open("exists.txt", "rb")
b.close()
for op in [b.read, b.tell, lambda: b.seek(0), lambda: b.write(b"")]:
    try:
        op()
    except ValueError as e:
        print("ValueError", e)
print(f.closed, b.closed, isinstance(f, io.TextIOWrapper), isinstance(b, io.BufferedReader), isinstance(f, io.IOBase))
try:
    with open("exists.txt") as f:
        raise KeyError("inside")
except KeyError:
    print("closed after with:", f.closed)
