# Lone surrogates in str: made by chr(), literals and decoders, and read by
# the core operations (len, indexing, slicing, iteration, comparison,
# hashing, concatenation, repr, ord, str(), f-strings, % and format).
s = chr(0xd800)
t = 'a' + s + 'b' + '\udfff'
print(len(s), repr(s), ascii(s), ord(s), ord(t[3]))
print(len(t), repr(t), t[1] == s, repr(t[1:3]), repr(t[::-1]), repr(t[::2]), repr(t[-1]))
print([repr(c) for c in t], [ord(c) for c in t])
print(t == 'a\ud800b\udfff', t != 'a\ud800b\ue000', s in t, '\ud800b' in t, 'x' in t, t.find('\udfff'))
print(sorted([chr(0xe000), s, 'z', chr(0x10000), '\udfff']) == ['z', s, '\udfff', chr(0xe000), chr(0x10000)])
print(s < '\ue000', s > '\ud7ff', '\udfff' < '\U00010000', repr(max(t)), repr(min(t[1:])))
d = {s: 1, t: 2, 'plain': 3}
print(d[chr(0xd800)], d['a' + chr(0xd800) + 'b' + chr(0xdfff)], s in d, '\ud801' in d)
print(len({s, chr(0xd800), '\ud801'}), hash(s) == hash('\ud800'), bool(s))
x = 'q'
for k in range(3):
    x += chr(0xdc80 + k)
print(repr(x), repr(s * 3), repr(s * 0), repr(str(s)), s == s[:])
print(f"<{s!r}>", f"{len(s)}", repr(f"{s}x{t}"), repr(f"{s:>4}"), repr(f"{t!a}"))
print(repr('%s|%r|%5s|%a|%-3s|' % (s, s, s, t, s)), repr('%(k)s' % {'k': s}))
print(repr(format(s, '>4')), repr(format(t, '^9')), repr('{}-{!r}-{:*<4}'.format(s, t, s)))
print(repr('\ud83d\ude00'), len('\ud83d\ude00'), '\ud83d\ude00' == '\U0001f600')
print(repr('\N{EURO SIGN}\udc80\x41\101\t'), repr('a' '\udc80' "b"))
print(repr(''.join(chr(c) for c in range(0xd7fe, 0xe002))))
print(sum(1 for i in range(0x110000) if chr(i).isprintable()))
print(repr(str(ValueError('\udc80'))), ValueError('\udc80').args, repr(ValueError(s)))
try:
    {}['\udc80']
except KeyError as e:
    print(repr(e), str(e))
try:
    int('1\udc80')
except ValueError as e:
    print(e)
try:
    float(s)
except ValueError as e:
    print(e)
try:
    print('printed before', s)
except UnicodeEncodeError as e:
    print('|', e.reason, e.start, e.end, repr(e.object))
raise ValueError('bad \udc80 text')
