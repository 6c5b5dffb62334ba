s = "Python 🐍 编程"
print(len(s), s[0], s[-1], s[7], s[:6], s[7:], s[::-1], s[::2])
print(s.encode("utf-8") if False else "skip", s.upper(), s.lower())
t = "  Hello, World  "
print(t.strip(), t.lstrip(), t.rstrip(), "[" + t.strip("  H") + "]")
print("a,b,,c".split(","), "a b  c".split(), "a-b-c".split("-", 1), "a b c".rsplit(None, 1))
print("-".join(["x", "y", "z"]), "".join(["a", "b"]), ", ".join("abc"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")), "hello".count("l"))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower())
print("hello world".title(), "hello".capitalize(), "Hello".swapcase(), "ab".center(6, "*"), "ab".ljust(5, "."), "ab".rjust(5))
print("42".zfill(5), "-42".zfill(6), "a=b=c".partition("="), "a=b=c".rpartition("="))
print("ab" * 3, "ab" + "cd", "b" in "abc", "x" not in "abc", "abc" < "abd", "B" < "a")
print(str(12) + str(3.5) + str(True) + str(None), repr("it's"), repr('say "hi"'), repr("tab\there\n"))
