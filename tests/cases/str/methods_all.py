# Every str method on ordinary text.
s = "Hello, World"
tests = [
    lambda: s.capitalize(), lambda: s.casefold(), lambda: s.center(20, "*"), lambda: s.count("l"),
    lambda: s.encode(), lambda: s.endswith("ld"), lambda: "a\tb".expandtabs(4), lambda: s.find("o"),
    lambda: s.format(), lambda: "{x}".format_map({"x": 1}), lambda: s.index("W"), lambda: s.isalnum(),
    lambda: s.isalpha(), lambda: "abc".isascii(), lambda: "12".isdecimal(), lambda: "12".isdigit(),
    lambda: "ab_c".isidentifier(), lambda: s.islower(), lambda: "½".isnumeric(), lambda: s.isprintable(),
    lambda: " ".isspace(), lambda: "Ab Cd".istitle(), lambda: s.isupper(), lambda: "-".join("ab"),
    lambda: s.ljust(15, "."), lambda: s.lower(), lambda: "  x ".lstrip(), lambda: str.maketrans("a", "b"),
    lambda: s.partition(", "), lambda: s.removeprefix("He"), lambda: s.removesuffix("ld"),
    lambda: s.replace("l", "L", 2), lambda: s.rfind("o"), lambda: s.rindex("o"), lambda: s.rjust(15),
    lambda: s.rpartition("o"), lambda: "a b c".rsplit(None, 1), lambda: " x  ".rstrip(), lambda: s.split(", "),
    lambda: "a\nb\r\nc".splitlines(), lambda: s.startswith(("He", "x")), lambda: " x ".strip(), lambda: s.swapcase(),
    lambda: s.title(), lambda: s.translate(str.maketrans("lo", "01")), lambda: s.upper(), lambda: "42".zfill(5),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, "ERR", type(e).__name__, e)
