# difflib's documented examples: SequenceMatcher on strings with a junk
# function, get_close_matches, Differ/ndiff output with hints, unified and
# context diffs with lineterm, restore, and the argument errors.
import difflib
import sys

s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, "abcd", "bcde")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("apple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
sys.stdout.writelines(result)
diff = difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True), "ore\ntree\nemu\n".splitlines(keepends=True))
diff = list(diff)
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
s1 = ["bacon\n", "eggs\n", "ham\n", "guido\n"]
s2 = ["python\n", "eggy\n", "hamster\n", "guido\n"]
sys.stdout.writelines(difflib.context_diff(s1, s2, fromfile="before.py", tofile="after.py"))
sys.stdout.writelines(difflib.unified_diff(s1, s2, fromfile="before.py", tofile="after.py"))
for line in difflib.unified_diff(["a", "b", "c"], ["a", "B", "c"], lineterm=""):
    print(line)
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff(["x\n"], ["x\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"))
m = difflib.Match(1, 2, 3)
print(m, m.a, m.size)
for bad in [lambda: difflib.get_close_matches("x", ["y"], n=0), lambda: difflib.get_close_matches("x", [], cutoff=2),
            lambda: list(difflib.restore([], 3)), lambda: list(difflib.unified_diff([b"a"], [b"b"]))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
