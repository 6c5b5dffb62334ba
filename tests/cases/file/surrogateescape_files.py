# os.fsencode/fsdecode and text files opened with errors='surrogateescape': bytes
# that are not UTF-8 carried through str as lone surrogates and back.
import os
import tempfile
print(repr(os.fsdecode(b'caf\xc3\xa9-\xff\xfe.txt')), os.fsencode('caf\xe9-\udcff\udcfe.txt'))
print(os.fsencode(b'x'), os.fsdecode('y'), os.fsencode(os.fsdecode(b'\x80abc\xff')) == b'\x80abc\xff')
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'data.txt')
    with open(p, 'wb') as f:
        f.write(b'ok \xff\xfe line\nnext \x80\n')
    with open(p, encoding='utf-8', errors='surrogateescape') as f:
        lines = f.readlines()
    print([repr(x) for x in lines])
    q = os.path.join(d, 'copy.txt')
    with open(q, 'w', encoding='utf-8', errors='surrogateescape') as f:
        f.writelines(lines)
        f.write('\udcc3\udca9\n')
    with open(q, 'rb') as f:
        print(f.read())
    try:
        with open(p, encoding='utf-8') as f:
            f.read()
    except UnicodeDecodeError as e:
        print(e)
    with open(q, 'w', encoding='latin-1', errors='backslashreplace') as f:
        f.write('a\udc80\u20ac')
    with open(q, 'rb') as f:
        print(f.read())
