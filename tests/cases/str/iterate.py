count = 0
vowels = ""
for ch in "programming language":
    if ch in "aeiou":
        vowels += ch
        count += 1
print(count, vowels)
words = "the quick brown fox jumps over the lazy dog".split()
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print(longest, len(words), sorted(words), words.index("fox"))
print([c.upper() for c in "abc"], "".join(reversed("stressed")))
print("Mississippi".count("ss"), "Mississippi".index("ss"), "Mississippi".rindex("ss"))
print("line1\nline2\r\nline3".splitlines(), "x".join([]), "%d items" % 3)
