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

# Paths as bytes, and file names that are not UTF-8 (listed, opened, removed).

with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, 'caf\xe9.txt')
    with open(fn, 'w') as f:
        f.write('x')
    with open(fn.encode(), 'rb') as g:
        print(g.read(), g.name == fn.encode(), type(g.name).__name__)
    raw = os.path.join(d, 'raw').encode() + b'\xff'
    with open(raw, 'wb') as g:
        g.write(b'y')
    with open(os.fsdecode(raw), 'rb') as g:
        print(g.read(), repr(g.name[-4:]))
    try:
        open(b'/nonexistent/zz')
    except FileNotFoundError as e:
        print(e)
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'n').encode() + b'\xe9\xff', 'w') as f:
        f.write('z')
    names = os.listdir(d)
    print([ascii(n) for n in names], [os.fsencode(n) for n in names])
    os.remove(os.path.join(d, names[0]))
    print(os.listdir(d))
