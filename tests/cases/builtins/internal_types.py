import functools
def gen():
    yield 1
class C:
    def m(self):
        pass
for v in (iter([]), iter(()), iter(''), iter({}), {}.keys(), {}.items(), gen(), len, NotImplemented, ..., C().m, functools.reduce, range(3), iter(range(2)), zip(), map(len, []), enumerate([])):
    print(type(v), type(v).__name__, type(v) is type(v))
print(type(iter([])) is type(iter([5])), type(len) is type(max), isinstance(iter([]), object))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 10, 2)) == hash(range(1, 11, 2)), hash(range(3)) == hash((3, 0, 1)))
