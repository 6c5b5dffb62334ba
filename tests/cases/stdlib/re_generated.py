# re on generated patterns and texts: 12,000 (pattern, text) pairs built
# from every part of the syntax (classes, anchors, greedy/lazy/possessive
# repeats, groups named and numbered, backreferences, lookarounds, atomic
# groups, conditionals, inline and scoped flags), each run through search,
# match, fullmatch, findall, finditer, sub (template and function), subn
# and split (about one in eight as bytes), plus patterns CPython refuses (message and position). One
# line per block of 200 pairs holds a checksum of everything printed for
# them; `-v` prints each pair instead (to find where two runs differ).
import random
import re
import sys

rng = random.Random(20261207)
VERBOSE_OUT = "-v" in sys.argv

ALPHABET = "aabbc AB1_\n-.é"
LITERALS = ["a", "b", "c", "ab", "ba", "A", "1", " ", "\\n", "-", "é", "\\.", "\\-", "\\x61", "\\u00e9"]
CLASSES = ["[ab]", "[^a]", "[a-c]", "[^\\s]", "[\\d_]", "[A-Z]", "[\\w-]", "[.]", "[^ab\\n]", "[]a]", "[a-]",
           "\\d", "\\D", "\\w", "\\W", "\\s", "\\S", "."]
ANCHORS = ["^", "$", "\\b", "\\B", "\\A", "\\Z"]


def atom(depth, groups):
    k = rng.random()
    if depth > 2 or k < 0.35:
        return rng.choice(LITERALS)
    if k < 0.55:
        return rng.choice(CLASSES)
    if k < 0.62:
        return rng.choice(ANCHORS)
    if k < 0.72:
        groups[0] += 1
        return "(" + alt(depth + 1, groups) + ")"
    if k < 0.76:
        groups[0] += 1
        return "(?P<g%d>" % groups[0] + alt(depth + 1, groups) + ")"
    if k < 0.81:
        return "(?:" + alt(depth + 1, groups) + ")"
    if k < 0.84 and groups[0] > 0:
        return "\\%d" % rng.randint(1, groups[0])
    if k < 0.88:
        return rng.choice(["(?=", "(?!"]) + alt(depth + 1, groups) + ")"
    if k < 0.91:
        return rng.choice(["(?<=", "(?<!"]) + rng.choice(["a", "b", "ab", "[ab]", "\\w", "a\\b", "(?:a|b)"]) + ")"
    if k < 0.94:
        return "(?>" + alt(depth + 1, groups) + ")"
    if k < 0.96 and groups[0] > 0:
        return "(?(%d)" % rng.randint(1, groups[0]) + seq(depth + 1, groups) + "|" + seq(depth + 1, groups) + ")"
    if k < 0.98:
        return "(?" + rng.choice(["i", "m", "s", "-i", "i-s", "x"]) + ":" + alt(depth + 1, groups) + ")"
    return rng.choice(LITERALS)


QUANTS = ["*", "+", "?", "{2}", "{1,2}", "{,2}", "{2,}", "*?", "+?", "??", "{1,3}?", "*+", "++", "?+", "{0,1}"]


def seq(depth, groups):
    out = []
    for _ in range(rng.randint(1, 3)):
        a = atom(depth, groups)
        if rng.random() < 0.35 and a not in ANCHORS:
            a += rng.choice(QUANTS)
        out.append(a)
    return "".join(out)


def alt(depth, groups):
    parts = [seq(depth, groups)]
    while rng.random() < 0.25:
        parts.append(seq(depth, groups))
    return "|".join(parts)


def pattern():
    groups = [0]
    p = alt(0, groups)
    if rng.random() < 0.15:
        p = "(?" + rng.choice(["i", "m", "s", "ms", "im", "a"]) + ")" + p
    return p


def text():
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 10)))


def show_match(m):
    if m is None:
        return "-"
    return "%r%r%r%r" % (m.span(), m.groups(), m.lastindex, m.lastgroup)


def run(p, t, flags, isbytes):
    if isbytes:
        p = p.encode("latin-1")
        t = t.encode("latin-1")
    try:
        r = re.compile(p, flags)
    except re.error as e:
        return "error %s @%r" % (e.msg, e.pos)
    except ValueError as e:
        return "ValueError %s" % e
    out = [show_match(r.search(t)), show_match(r.match(t)), show_match(r.fullmatch(t))]
    out.append(repr(r.findall(t)))
    out.append(repr([m.span() for m in r.finditer(t)]))
    out.append(repr(r.split(t)))
    if isbytes:
        out.append(repr(r.subn(b"<\\g<0>>", t)))
        if r.groups:
            out.append(repr(r.sub(b"[\\1]", t, count=2)))
        out.append(repr(r.sub(lambda m: b"%d" % m.start(), t)))
    else:
        out.append(repr(r.subn("<\\g<0>>", t)))
        if r.groups:
            out.append(repr(r.sub("[\\1]", t, count=2)))
        out.append(repr(r.sub(lambda m: str(m.start()), t)))
    pos = rng.randint(0, len(t))
    out.append(show_match(r.search(t, pos)))
    out.append(show_match(r.match(t, pos, max(pos, len(t) - 1))))
    return " ".join(out)


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


FLAGS = [0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.A]
acc = 0
count = 0
for block in range(60):
    acc = 0
    for i in range(200):
        p = pattern()
        t = text()
        flags = rng.choice(FLAGS)
        isbytes = rng.random() < 0.12
        line = "%r %r %d %d %s" % (p, t, flags, isbytes, run(p, t, flags, isbytes))
        if VERBOSE_OUT:
            print(line)
        acc = checksum(line, acc)
        count += 1
    if not VERBOSE_OUT:
        print("block", block, acc)

# Patterns CPython refuses: random mixes of the syntax's characters.
PIECES = ["(", ")", "[", "]", "{", "}", "?", "*", "+", "|", "^", "$", "\\", "a", "1", "P", "<", ">", "=", "!",
          "-", ":", ",", "#", "i", "x", "2", "\\1", "(?", "(?P", "\\x", "\\u12", "\\N", "\\g", "{1,", "\\0"]
errors = 0
acc = 0
for i in range(3000):
    p = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
    try:
        re.compile(p)
        line = "%r ok" % p
    except re.error as e:
        errors += 1
        line = "%r %s @%r %r %r" % (p, e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        line = "%r %s %s" % (p, type(e).__name__, e)
    if VERBOSE_OUT:
        print(line)
    acc = checksum(line, acc)
print("refusals", errors, acc)
print("pairs", count)
