# readline(size) counts characters as read: with universal newlines a
# `\r\n` is one character (`\n`) and never split between two calls.
import os
import tempfile

data = 'ab\r\ncd\re\n\r\nf\xe4\r\n\u20ac\rx'
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 't.txt')
    with open(p, 'w', newline='') as f:
        f.write(data)
    for newline in [None, '', '\n', '\r', '\r\n']:
        for size in [1, 2, 3, 5]:
            with open(p, encoding='utf-8', newline=newline) as f:
                parts = []
                while True:
                    s = f.readline(size)
                    if not s:
                        break
                    parts.append(s)
            print(repr(newline), size, parts)
        with open(p, encoding='utf-8', newline=newline) as f:
            print(repr(newline), 'read', [f.read(1), f.read(2), f.readline(), f.read(3), f.read()])
