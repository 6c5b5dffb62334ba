for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'UTF_32_LE', 'utf-32-be', 'utf16'):
    b = 'aé😀'.encode(enc)
    print(enc, b, b.decode(enc))
print(b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
for data, enc in ((b'a', 'utf-16'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'ab', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32')):
    for errors in ('strict', 'replace', 'ignore'):
        try:
            print(repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(e)
