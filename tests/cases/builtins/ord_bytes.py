# ord() of a bytes or bytearray of one byte is that byte's value (the
# rsync example's idiom: ord(data[i:i + 1])); other lengths are CPython's
# TypeError.
data = b'\x00a\xff'
print([ord(data[i:i + 1]) for i in range(len(data))], ord(bytearray(b'z')), ord('\u20ac'))
for x in [b'ab', b'', bytearray(b'xy'), 5]:
    try:
        ord(x)
    except TypeError as e:
        print(e)
