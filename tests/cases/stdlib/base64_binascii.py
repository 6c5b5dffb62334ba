# base64 and binascii: every encoding both ways over many lengths, the
# lenient and strict base64 decoders, alternative alphabets, line-wrapped
# encodings, files, and CPython's errors.
import base64
import binascii
import io

samples = [bytes(range(n)) for n in range(12)] + [b'\xff' * 7, bytes(range(256)), b'hello world' * 20]
for s in samples:
    e64 = base64.b64encode(s)
    e32 = base64.b32encode(s)
    e32h = base64.b32hexencode(s)
    e16 = base64.b16encode(s)
    print(e64, e32, e32h, e16[:40])
    assert base64.b64decode(e64) == s and base64.b32decode(e32) == s and base64.b32hexdecode(e32h) == s
    assert base64.b16decode(e16) == s and base64.b16decode(e16.lower(), casefold=True) == s
    print(base64.urlsafe_b64encode(s), base64.standard_b64encode(s) == e64, len(base64.encodebytes(s)))
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.decodebytes(base64.encodebytes(s)) == s
    print(binascii.hexlify(s)[:30], binascii.crc32(s), binascii.crc_hqx(s, 0), binascii.b2a_base64(s)[-6:])

print(base64.b64encode(b'\xfb\xff\xbf', altchars=b'-_'), base64.b64decode(b'-_-_', altchars=b'-_'))
print(base64.b64decode('YWJj'), base64.b64decode(bytearray(b'YWJj')), base64.urlsafe_b64decode('-_8='))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode(b'0O1I====', map01=b'I'))
print(binascii.b2a_base64(b'ab', newline=False), binascii.b2a_hex(b'\x01\x02\x03', '-', 2), binascii.hexlify(b'ab', b':'))
print(binascii.unhexlify('6162'), binascii.a2b_hex(b'ABcd'), binascii.crc32(b'hello', 12345), binascii.crc32(b'', -1))
print(binascii.crc32(b'world', binascii.crc32(b'hello ')) == binascii.crc32(b'hello world'))
print(base64.encodebytes(b'x' * 120))

# The lenient decoder skips stray characters and stops at padding.
for data in [b'YW=Jj', b'YW Jj\n!!', b'YWI=Zg==', b'YWJj\r\n', b'Y', b'YWJ', b'YWJjZ', b'====', b'']:
    for strict in (False, True):
        try:
            print(data, strict, binascii.a2b_base64(data, strict_mode=strict))
        except binascii.Error as e:
            print(data, strict, 'Error', e)


def attempt(f):
    try:
        print(repr(f()))
    except (binascii.Error, ValueError, TypeError) as e:
        print(type(e).__name__, e)


attempt(lambda: base64.b64decode(b'YW!Jj', validate=True))
attempt(lambda: base64.b64decode(b'=YWJj', validate=True))
attempt(lambda: base64.b64decode(5))
attempt(lambda: base64.b64decode('YWJj\u00e9'))
attempt(lambda: base64.b64encode('text'))
attempt(lambda: binascii.a2b_base64(5))
attempt(lambda: binascii.a2b_base64('\u00e9'))
attempt(lambda: binascii.unhexlify(b'abc'))
attempt(lambda: binascii.unhexlify(b'zz'))
attempt(lambda: base64.b32decode(b'MFRGG'))
attempt(lambda: base64.b32decode(b'MFRG1==='))
attempt(lambda: base64.b32decode(b'MFRGGZ=='))
attempt(lambda: base64.b16decode(b'4a'))
attempt(lambda: base64.encodebytes('x'))
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))

src = io.BytesIO(bytes(range(200)))
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
