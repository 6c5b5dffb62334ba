for ch in ('\u0378', '\u200b', '\xa0', '\xad', 'é', '\U000e0001', '\ue000', '\U0001f600', '\u2028', '\x7f', '\u3000', '\u0600', 'a b'):
    print(repr(ch), ch.isprintable(), ascii(ch))
print(repr('\u0378\u200b'))
