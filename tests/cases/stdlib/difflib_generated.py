# difflib on generated sequences: pairs of texts made from a small
# vocabulary (so lines repeat, match partly and are junk), through
# SequenceMatcher (matching blocks, opcodes, grouped opcodes, the ratios,
# with and without junk and autojunk), ndiff with its intraline hints,
# unified and context diffs, restore and get_close_matches. One line per
# block of 100 cases holds a checksum; `-v` prints each case instead.
import difflib
import random
import sys

rng = random.Random(20261207)
VERBOSE_OUT = "-v" in sys.argv
WORDS = ["alpha", "beta", "gamma", "delta", "beta", "  ", "#", "", "\t", "x", "alpha beta", "gamma  delta"]


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


def line():
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 4))) + "\n"


def mutate(lines):
    out = list(lines)
    for _ in range(rng.randint(0, 4)):
        k = rng.random()
        if k < 0.3 and out:
            del out[rng.randrange(len(out))]
        elif k < 0.6:
            out.insert(rng.randint(0, len(out)), line())
        elif out:
            i = rng.randrange(len(out))
            s = out[i]
            j = rng.randint(0, len(s))
            out[i] = s[:j] + rng.choice(["a", "e", " ", "Z", "ta"]) + s[j:]
    return out


acc = 0
for case in range(600):
    a = [line() for _ in range(rng.randint(0, 12))]
    b = mutate(a) if rng.random() < 0.8 else [line() for _ in range(rng.randint(0, 12))]
    junk = rng.choice([None, difflib.IS_LINE_JUNK, lambda x: x == "\n"])
    sm = difflib.SequenceMatcher(junk, a, b, autojunk=rng.random() < 0.5)
    parts = [sm.get_matching_blocks(), sm.get_opcodes(), list(sm.get_grouped_opcodes(rng.randint(0, 3))),
             round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6),
             sm.find_longest_match(0, len(a), 0, len(b))]
    delta = list(difflib.ndiff(a, b))
    parts.append(delta)
    assert list(difflib.restore(delta, 1)) == a and list(difflib.restore(delta, 2)) == b
    parts.append(list(difflib.unified_diff(a, b, "a.txt", "b.txt", n=rng.randint(0, 3))))
    parts.append(list(difflib.context_diff(a, b, "a.txt", "b.txt", "d1", "d2", n=rng.randint(0, 3))))
    sa, sb = "".join(a)[:60], "".join(b)[:60]
    cs = difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK if rng.random() < 0.5 else None, sa, sb)
    parts.append((cs.get_opcodes(), round(cs.ratio(), 6)))
    words = [w.strip() for w in a + b if w.strip()]
    if words:
        parts.append(difflib.get_close_matches(rng.choice(words)[:-1] + "a", words, n=3, cutoff=0.5))
    text = "%d %r" % (case, parts)
    if VERBOSE_OUT:
        print(text)
    acc = checksum(text, acc)
    if case % 100 == 99 and not VERBOSE_OUT:
        print("block", case // 100, acc)
        acc = 0

# Long sequences: autojunk's popular elements (b of 200 and more).
a = [rng.choice("abcde") for _ in range(400)]
b = [rng.choice("abcdef") for _ in range(300)]
for autojunk in (True, False):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=autojunk)
    print(autojunk, len(sm.get_matching_blocks()), round(sm.ratio(), 6), sorted(sm.bpopular))
