# error: a lone surrogate in a string
# (a str holds no lone surrogates, so this is refused, not turned into U+FFFD)
s = 'a\udc81b'
print(len(s))
