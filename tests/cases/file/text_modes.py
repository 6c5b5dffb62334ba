# Text files: newline translation on read and write, encodings and their
# errors, read(n) across line ends, tell/seek with multibyte text.
with open("nl.txt", "w", newline="\r\n") as f:
    f.write("one\ntwo\n")
with open("nl.txt", "rb") as f:
    print(f.read())
with open("nl.txt", "w", newline="\r") as f:
    f.writelines(["a\n", "b\n"])
with open("nl.txt", "rb") as f:
    print(f.read())
with open("nl.txt", "w", newline="") as f:
    f.write("x\r\ny\rz\n")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("nl.txt", newline=nl) as f:
        print(repr(nl), f.readlines())
with open("nl.txt") as f:
    print([f.read(2), f.read(1), f.read(3), f.read(5)])
with open("nl.txt", newline="") as f:
    print([f.read(2), f.read(1), f.read(3), f.read(5)])

text = "naïve café €5 日本\n" * 3
with open("u.txt", "w", encoding="utf-8") as f:
    print(f.write(text), f.encoding)
with open("u.txt", encoding="utf-8") as f:
    first = f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(first), pos, rest == f.read(), f.tell())
with open("u.txt", "rb") as f:
    print(len(f.read()))
with open("l.txt", "w", encoding="latin-1") as f:
    f.write("café ÿ")
with open("l.txt", "rb") as f:
    print(f.read())
with open("l.txt", encoding="latin-1") as f:
    print(f.read())
with open("l.txt", encoding="utf-8", errors="replace") as f:
    print(ascii(f.read()))
try:
    with open("l.txt", encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    with open("a.txt", "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
with open("a.txt", "w", encoding="ascii", errors="replace") as f:
    f.write("é!")
with open("a.txt") as f:
    print(f.read())

# Iteration, readlines with a hint, line lengths, an empty file.
with open("lines.txt", "w") as f:
    for i in range(5):
        f.write(f"line {i}\n")
with open("lines.txt") as f:
    print([line.rstrip() for line in f])
with open("lines.txt") as f:
    print(f.readlines(10), f.readline(3), f.readline())
open("empty.txt", "w").close()
with open("empty.txt") as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))

# Writing after reading without a seek: the text read ahead is dropped,
# and the write lands where the reading left the buffer, as in CPython.
with open("rw.txt", "w") as f:
    f.write("line1\nline2\nline3\n")
with open("rw.txt", "r+") as f:
    print(repr(f.readline()))
    f.write("XX")
    f.seek(0)
    print(repr(f.read()))
with open("rw.txt", "a+") as f:
    f.write("tail\n")
    f.seek(0)
    print(f.readlines())
