# The re module's objects and functions: Pattern and Match attributes and
# methods, reprs, the flags, templates, callables, split/findall rules,
# bytes patterns, escape, the cache and re.error's text and attributes.
import copy
import pickle
import re

p = re.compile(r"(?P<key>\w+)=(?P<val>\d*)(;)?")
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
print(repr(p), p == re.compile(r"(?P<key>\w+)=(?P<val>\d*)(;)?"), hash(p) == hash(re.compile(p.pattern)))
m = p.search("  a=1; bb=; c=33")
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group("val"), m.group(1, "key", 3), m[2], m["key"])
print(m.groups(), m.groupdict(), m.span(), m.span("val"), m.start(3), m.end(3), m.regs)
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re is p, m.string)
print(m.expand(r"\g<key> is \2 (\g<0>)\n!"))
m2 = p.search("zz=")
print(m2.groups(), m2.groups("-"), m2.groupdict("?"), m2.start(3), m2.span(3), m2.lastindex, m2.lastgroup)
for bad in (4, -1, "nope", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(bool(m), type(m).__name__, type(p).__name__, re.Match, re.Pattern)

# pos and endpos
q = re.compile(r"^\w+$", re.M)
print(q.search("ab\ncd", 1), q.search("ab\ncd", 3), q.match("ab\ncd", 3), q.fullmatch("abc", 1, 2))
print(re.compile("a").search("aaa", -5, 100).span(), re.compile("").match("abc", 10).span())

# findall with 0, 1 and several groups; finditer; empty matches
print(re.findall(r"\d", "a1b2"), re.findall(r"(\d)\w", "1a2b3"), re.findall(r"(\d)(x)?", "1x2"))
print([m.span() for m in re.finditer(r"\b", "ab cd")], re.findall(r"a*", "baaac"))
print(re.sub(r"a*", "-", "baac"), re.subn("x", "y", "xxx", 2), re.sub("x", "y", "xxx", count=-1))

# split
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"x*", "axbc"), re.split("(?:a)|(b)", "1a2b3"))
print(re.split(r"\s*", " a b "), re.split("x", "axbxc", maxsplit=-1))

# sub with templates and functions
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\d)", r"<\g<a>\g<1>\g<0>>", "x1y2"), re.sub("a", r"\n\t\\", "bab"))
print(re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1 b22 c333"))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("a", "\\x", "a") if False else "", re.sub("a", r"\0\011", "a"))
print(re.sub(r"\d", lambda m: None, "a1b2"))
for tmpl in (r"\g<2>", r"\g<x>", r"\g<", r"\g<1", r"\q", "\\", r"\g<-1>", r"\9"):
    try:
        print(re.sub("(a)", tmpl, "a"))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

# flags and their reprs
print(re.I, re.M | re.S, repr(re.A | re.I), re.NOFLAG, int(re.X), re.VERBOSE.value, re.U.name)
print(repr(re.compile("a", re.I | re.M)), repr(re.compile(b"a")), repr(re.compile("(?s)a")))
print(re.compile("a", re.A).flags, re.compile("a").flags, re.compile(b"a").flags, re.compile("(?x) a").flags)
print(re.match("a.c", "A\nC", re.I | re.S), re.match("(?i:a)b", "Ab"), re.match("(?i:a)b", "AB"))
print(re.search(r"""
    (\d+)   # digits
    \s* x   # then an x
""", "12  x", re.X).group(1))
for args in (("a", re.A | re.U), (b"a", re.U), ("a", re.L), (b"a", re.A | re.L)):
    try:
        re.compile(*args)
    except ValueError as e:
        print("ValueError", e)

# bytes patterns
b = re.compile(rb"(\w+)@(\w+)")
mb = b.search(b"mail: x@y.z")
print(mb, mb.groups(), b.findall(b"a@b c@d"), b.sub(rb"\2@\1", b"a@b"), b.split(b"1a@b2"))
print(re.match(rb"\w+", "é".encode() + b"a"), re.match(rb"(?i)\xe9", b"\xc9"), re.match(r"(?i)é", "É"))
print(re.search(b"b", bytearray(b"abc")).group(), type(re.search(b"b", bytearray(b"abc")).group()))
for args in ((re.compile("a"), b"a"), (re.compile(b"a"), "a"), (re.compile("a"), 5)):
    try:
        args[0].search(args[1])
    except TypeError as e:
        print("TypeError", e)

# Unicode classes and case
print(re.findall(r"\w+", "naïve café ΣΑΣ 日本 ٣٤ x_1"), re.findall(r"\d", "1٣۴५"), re.findall(r"\s", "a\u2003b\x1cc"))
print(re.findall(r"(?a)\w+", "naïve café"), re.findall(r"(?i)σ", "ΣσςΑ"), re.findall(r"(?i)[k-m]", "K\u212aLm"))
print(re.fullmatch(r"(?i)ǆ", "ǅ"), re.fullmatch(r"(?i)[^a]", "A"), re.findall(r"\bé\w", "é1 aéb"))

# escape
print(re.escape("a.b*c+d?e(f)[g]{h}|i^j$k\\l m-n&o~p#q\tr"), re.escape(b"a.b"), re.escape("日本.txt"))

# errors
for pat in ("(", "a)", "[a", "a**", "*", "(?P<1>a)", "(?P=x)", r"\1", "a{3,2}", "(?<=a+)b", "x\n(?", "(?z)",
            r"\p", "[b-a]", r"(?i", "(?P<a>x)(?P<a>y)", r"\8", "(?(2)a|b)", "a{4294967296}"):
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(str(e)), e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except OverflowError as e:
        print("OverflowError", e)
print(re.error("plain").msg, re.error("plain").pos, issubclass(re.error, Exception), re.error.__name__)

# copies, pickling and the cache
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
print(re.compile(p) is p, re.compile("abc") is re.compile("abc"))
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
re.purge()
print(re.compile("abc").pattern)

# the scanner
sc = re.compile(r"\d+|\s+").scanner("12 34x")
print([sc.match().group() for _ in range(3)], sc.match())

# re.Scanner
scanner = re.Scanner([
    (r"[a-z_]\w*", lambda s, t: ("name", t)),
    (r"\d+(?:\.\d*)?", lambda s, t: ("number", t, s.match.groups(), s.match.lastindex)),
    (r"\s+", None),
    (r"[-+*/=]", lambda s, t: ("op", t)),
])
print(scanner.scan("x1 = 3.5 * y + 42 ?rest"))
