s = "héllo wörld ñ 日本語 🎉"
print(len(s), s.upper(), s[1], s[-1], s[12:15])
print(s.isalpha(), "日本".isalpha(), "١٢٣".isdigit(), "½".isnumeric(), "Straße".casefold(), "ǅ".lower())
print(ord("€"), chr(8364), "\u00e9" == "é", "naïve".find("ï"), [c for c in "añb"])
print(repr("\x00\x07\x7f"), repr("é"), ascii("é日"), "日本語"[::-1])
