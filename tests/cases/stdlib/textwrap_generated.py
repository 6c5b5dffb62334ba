# textwrap on generated paragraphs: words with hyphens, dashes, sentence
# ends, tabs and every ASCII whitespace, through wrap (every option,
# max_lines and placeholders included), shorten, dedent and indent. One
# line per block of 500 cases holds a checksum of what was printed for
# them; `-v` prints each case instead (to find where two runs differ).
import random
import sys
import textwrap

rng = random.Random(20261207)
VERBOSE_OUT = "-v" in sys.argv


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


WORDS = ["a", "ab", "abc", "well-known", "x-ray", "e-mail-address", "foo--bar", "--", "-b", "12-34", "ab-cd-ef",
         "über-cool", "a.", "end.", "Mr.", "ok!", "why?\"", "it's", "supercalifragilisticexpialidocious",
         "very-long-hyphenated-compound-word", "----", "x---", "a1-b2", "_a-cd", "1--2", "\u00a0", "tab\tbed",
         "é-à", "Hello", "world.'", "line\nbreak", "cr\rx", "ab-", "-ab-cd"]
SEPS = [" ", " ", " ", "  ", "\t", "\n", " \n ", "\x0b", "   "]

def text():
    n = rng.randint(0, 25)
    out = [rng.choice(SEPS) if rng.random() < 0.1 else ""]
    for i in range(n):
        out.append(rng.choice(WORDS))
        out.append(rng.choice(SEPS))
    if rng.random() < 0.5:
        out.pop()
    return "".join(out)
acc = 0
for i in range(3000):
    t = text()
    kw = {}
    if rng.random() < 0.3: kw["initial_indent"] = rng.choice(["", "* ", "    ", "->"])
    if rng.random() < 0.3: kw["subsequent_indent"] = rng.choice(["", "  ", "|"])
    for k in ["expand_tabs", "replace_whitespace", "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens"]:
        if rng.random() < 0.25: kw[k] = rng.random() < 0.5
    if rng.random() < 0.2: kw["tabsize"] = rng.randint(0, 5)
    if rng.random() < 0.25: kw["max_lines"] = rng.randint(1, 4)
    if rng.random() < 0.1: kw["placeholder"] = rng.choice(["...", " [...]", "~", "  ..."])
    # (CPython loops forever when an indent is wider than the width)
    width = rng.randint(1 + max(len(kw.get("initial_indent", "")), len(kw.get("subsequent_indent", ""))), 40)
    try:
        r = repr(textwrap.wrap(t, width, **kw))
    except ValueError as e:
        r = "ValueError %s" % e
    try:
        s = repr(textwrap.shorten(t, width + 5, **{k: v for k, v in kw.items() if k not in ("max_lines",)}))
    except ValueError as e:
        s = "ValueError %s" % e
    d = textwrap.dedent(t.replace("\x0b", "\n"))
    line = "%d %r %d %s %s %s %r %r" % (i, t, width, sorted(kw.items()), r, s, d, textwrap.indent(t, "> "))
    if VERBOSE_OUT:
        print(line)
    acc = checksum(line, acc)
    if i % 500 == 499 and not VERBOSE_OUT:
        print("block", i // 500, acc)
        acc = 0
