# getattr/setattr/hasattr/delattr/vars, bound methods of builtin types, more str methods.
s = "Hello, World"
print(s.removeprefix("He"), s.removesuffix("ld"), s.partition(", "), s.rpartition("o"), "42".zfill(5), "-7".zfill(4))
print(s.center(20, "*"), s.ljust(15, "."), s.rjust(15), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print(s.rsplit(", ", 1), s.count("l"), s.index("o"), s.rindex("o"), s.rfind("z"), s.startswith(("x", "He")), s.endswith("ld", 0, 12))
print("abc".isascii(), "é".isascii(), " \t".isspace(), "a,b,,c".split(","), "  x  y ".split(), "x".join(["1", "2"]))
print("aaa".replace("a", "b", 2), "%s-%d-%05.2f-%r-%x" % ("a", 3, 2.5, "q", 255), "%(a)s" % {"a": 1})
print(getattr(s, "upper")(), hasattr(s, "nope"), getattr(s, "nope", "default"))
class P:
    pass
p = P()
setattr(p, "x", 5)
print(p.x, getattr(p, "x"), hasattr(p, "x"), vars(p))
delattr(p, "x")
print(hasattr(p, "x"))
push = [].append
words = []
add = words.append
for w in "a b c".split():
    add(w.upper())
print(words, callable(add), type(add).__name__)
try:
    getattr(1, 2)
except TypeError as e:
    print(e)
