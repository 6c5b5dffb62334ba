# Methods of builtin types taken from the type (str.upper, dict.fromkeys)
# and the dunder methods of builtin values (xs.__len__()).
print(str.upper("abc"), str.format('{}{x}', 1, x=2), list.__len__([1, 2]))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.strip, [" a ", "b "])))
print(dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0))
print(int.bit_length(255), str.__len__("abcd"), [1, 2].__len__(), {1: 2}.__getitem__(1))
d = {}
d.__setitem__("k", 3)
print(d, "a".__contains__("a"), [3].__contains__(4), hash((1, 2)) == (1, 2).__hash__())
print(repr(str.upper), (5).__repr__(), "x".__str__())
it = [1, 2].__iter__()
print(next(it))
try:
    str.upper(5)
except TypeError as e:
    print(e)
try:
    str.upper()
except TypeError as e:
    print(e)
print(bytes.fromhex("6162"), str.maketrans("a", "b")[97])
