# Unicode case mappings and predicates on non-ASCII text, as CPython 3.11 (Unicode 14).
for s in ["ß", "ﬁ", "İ", "ΣΑΣ", "Straße", "ŉ", "ǰ", "ẞ", "ᾈ", "Ⅻ", "µ"]:
    print(repr(s.casefold()), repr(s.lower()), repr(s.upper()), repr(s.title()), repr(s.swapcase()), s.istitle(), s.isupper(), s.islower())
for s in ["ǅ", "ǅa", "Ab Cd", "ÀB", "ǈx", "Ⅻ", "١٢", "x²", "½", "五", "٣.٤", "𝟙"]:
    print(s.istitle(), s.isnumeric(), s.isdigit(), s.isdecimal(), s.isalpha(), s.isalnum(), s.isidentifier(), s.isprintable())
print("hello WORLD ǆ".title(), "ǆǆ".capitalize(), "ǅ".lower(), "ǅ".upper())
