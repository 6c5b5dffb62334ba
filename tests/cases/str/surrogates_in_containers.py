# Strings holding lone surrogates inside containers given to %, format and
# join: shown by repr (cycles included), read as text where an item is one.
l = ['\udc80']
l.append(l)
print('%s' % (l,), repr('{}'.format(l)), repr('%r' % [[['\udc80', '\U000f0000']]]))
d = {'k': '\udc80'}
d['self'] = d
print(repr('%(k)s' % d))
print(repr('-'.join(['\udc80', 'x'])), repr('a,\udc80'.split(',')))
print(repr('{}|{}'.format(('\udc80',), {'\udc81': '\ud800'})), repr('%s %s' % ('\udc80', ['\udc80'])))
print(repr('%s' % {'k': '\udc80'}), repr('%(k)r' % {'k': '\udc80'}), '\udc80-'.startswith(('\udc80',)))
print(repr('-'.join(chr(c) for c in (0xdc80, 97))), repr(''.join(x for x in ['a', '\ud800'])))
