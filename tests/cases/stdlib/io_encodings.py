# Text files in every kind of encoding (UTF-16/32 with BOMs, code pages, UTF-8 with a BOM),
# read whole, by lines and in pieces, and the error handlers on reading and writing.
import os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
text = "héllo wörld €\nsecond line 😀\r\nthird\n" * 500
for enc in ["utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "utf-8-sig", "koi8-r", "cp437"]:
    try:
        with open(p, "w", encoding=enc, errors="replace", newline="") as f:
            f.write(text)
        with open(p, "rb") as f:
            raw = f.read()
        with open(p, encoding=enc) as f:
            lines = f.readlines()
        with open(p, encoding=enc, newline="") as f:
            back = f.read()
        with open(p, encoding=enc) as f:
            first = f.read(7)
            rest = f.readline()
        print(enc, len(raw), raw[:6], len(lines), lines[:2], len(back), first, rest)
    except Exception as e:
        print(enc, type(e).__name__, e)
with open(p, "wb") as f:
    f.write(b"ok \xff\xfe bad \xc3\xa9\n" * 3)
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        with open(p, encoding="utf-8", errors=errors) as f:
            print(errors, ascii(f.read()) if errors != "surrogateescape" else "?")
    except Exception as e:
        print(errors, type(e).__name__, e)
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("naïve €")
print(open(p, "rb").read(), open(p, encoding="ascii").read())
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("naïve")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
