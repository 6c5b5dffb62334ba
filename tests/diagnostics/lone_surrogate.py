# error: a lone surrogate in this kind of string literal
# (plain literals hold lone surrogates; an f-string's is refused, not turned into U+FFFD)
x = 1
s = f'a\udc81{x}'
print(len(s))
