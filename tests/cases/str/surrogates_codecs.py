# Encoding and decoding text with lone surrogates: every error handler, the
# UTF codecs' surrogatepass, surrogateescape round trips, and the
# UnicodeEncodeError/DecodeError each raises.
import codecs
import json

t = 'a\ud800b\udfff\udc80'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be',
            'latin-1', 'ascii', 'cp1252', 'cp437', 'unicode_escape', 'raw_unicode_escape']:
    try:
        print(enc, t.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, e, e.start, e.end, repr(e.object), e.reason, e.encoding)
    for h in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
              'surrogatepass', 'surrogateescape']:
        try:
            print(' ', h, t.encode(enc, h))
        except UnicodeEncodeError as e:
            print(' ', h, 'error:', e)

raw = b'abc\xff\xfe\x80 \xc3\xa9 \xed\xa0\x80'
for enc in ['utf-8', 'ascii', 'latin-1', 'cp1252', 'utf-16-le']:
    for h in ['surrogateescape', 'surrogatepass', 'replace', 'backslashreplace']:
        try:
            u = raw.decode(enc, h)
            print(enc, h, repr(u), len(u))
            try:
                print('  back', u.encode(enc, h) == raw)
            except UnicodeEncodeError as e:
                print('  back error:', e)
        except UnicodeDecodeError as e:
            print(enc, h, 'error:', e)

print(repr('\ud83d\ude00'.encode('utf-16', 'surrogatepass').decode('utf-16')))
print(repr('\ud83d\ude00'.encode('utf-8', 'surrogatepass')))
print(repr(b'\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass')))
print(repr(b'\x3d\xd8'.decode('utf-16-le', 'surrogatepass')), repr(b'\x00\x00\xd8\x00'.decode('utf-32-be', 'surrogatepass')))
print(repr(b'\\ud800\\U0001f600'.decode('unicode_escape')), repr(b'\\udc80'.decode('raw_unicode_escape')))
print(repr(str(b'\xff\x80', 'ascii', 'surrogateescape')), bytes('\udcff', 'utf-8', 'surrogateescape'))
print(codecs.decode(b'\xed\xb2\x80', 'utf-8', 'surrogatepass') == '\udc80', codecs.encode('\udc80', 'utf-8', 'surrogatepass'))
dec = codecs.getincrementaldecoder('utf-8')('surrogateescape')
print(repr(dec.decode(b'ab\xff')), repr(dec.decode(b'\xc3', final=True)))
try:
    '\udc41'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(repr(e))
try:
    '\udcff'.encode('utf-16', 'surrogateescape')
except UnicodeEncodeError as e:
    print(repr(e))
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)


def handler(e):
    print('handler sees', type(e).__name__, repr(e.object[e.start:e.end]), e.start, e.end)
    return ('[%d]' % ord(e.object[e.start]), e.end)


codecs.register_error('mark', handler)
print(t.encode('utf-8', 'mark'), t.encode('latin-1', 'mark'))

print(json.dumps(t), json.dumps({'\udc80': ['\ud800']}), repr(json.loads('"\\ud800x\\ud83d\\ude00\\udc80"')))
print(json.loads(json.dumps(t)) == t, json.loads('{"\\udfff": 1}'))
