print(b'aaaa'.count(b'aa', 0, 1), b'aaaa'.count(b'', 2, 1), b'abc'.count(b'', 0, 10))
print('aaaa'.count('aa', 0, 1), 'aaaa'.count('', 2, 1))
try:
    b'hello'.index(b'', 3, 2)
except ValueError as e:
    print(e)
try:
    'hello'.index('', 3, 2)
except ValueError as e:
    print(e)
print(b'hello'.find(b'', 3, 2), b'hello'.find(b'', 5), b'hello'.find(b'', 6), 'hello'.find('', 6))
print(b'abcabc'.rfind(b'bc'), b'abcabc'.rfind(b'bc', 0, 4), b'abcabc'.rindex(b'a', -3), bytearray(b'xyx').rfind(b'x'))
print(b'abc'.find(b'c', -1), b'abc'.count(b'', -1), b'ab'.find(98), b'aXbX'.count(b'X', 1, -1))
try:
    b'abc'.rindex(b'z')
except ValueError as e:
    print(e)
print(b'abc'.startswith(b'', 5), b'abc'.startswith(b'', 3), b'abc'.endswith(b'c', 0, 2), b'abc'.startswith((b'x', b'b'), 1), b'abc'.endswith(b'bc', -2))
print('abc'.startswith('', 5), 'abc'.startswith('', 3), 'abc'.endswith('c', 0, 2), 'abc'.startswith(('x', 'b'), 1), 'abc'.endswith('bc', -2))
