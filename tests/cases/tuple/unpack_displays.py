# Displays with unpacking: *iterables in lists, tuples and sets, **mappings
# in dicts (a user mapping through keys() and []), and their errors.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), {*a, *b}, [*"xy"], (*range(3),))
print({**{"k": 1}, "j": 2, **{"k": 3}})
def gen():
    yield 7
    yield 8
print([0, *gen(), 9])
first, *rest = [*a, *b]
print(first, rest)
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print({**M(), "r": 0})
for bad in [lambda: [*5], lambda: {**5}, lambda: (*None,), lambda: {*1}]:
    try:
        bad()
    except TypeError as e:
        print(e)
def f(*args, **kw):
    return [*args, *kw]
print(f(1, 2, x=3))
