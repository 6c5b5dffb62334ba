# str.split() without arguments: runs of Python's whitespace, ASCII and not.
print("  the quick\tbrown\n\nfox  ".split())
print("a\x1cb\x1dc\x1ed\x1ff\x0bg\x0ch\ri".split())
print("".split(), "   ".split(), "x".split())
print("caf\u00e9 na\u00efve\u00a0word\u2003em\u3000ideographic\x85nel".split())
words = "one two three two one".split()
words.append(3)
print(words, len(words))
counts = {}
for line in ["a b a", "b c", " c  a "]:
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1
print(counts)
print("x y".split(None), "x,y".split(","), "a b c".split(maxsplit=1))
