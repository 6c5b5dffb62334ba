# frozenset: its operations, methods, hash (sets of frozensets print in CPython order), and the errors of what it lacks.
a = frozenset([3, 1, 2])
b = frozenset()
print(a, b, repr(b), type(a), type(a).__name__, len(a), 2 in a, 5 in a)
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["a"])) == hash(frozenset(["a"])))
print(a | {9}, a & {1, 2}, a - {1}, a ^ {1, 7}, {1, 9} | a, type({1} | a).__name__)
print(a.union([5], (6,)), a.intersection({1, 2}, [2]), a.difference([1]), a.symmetric_difference([1, 8]))
print(a.copy() is a, frozenset(a) is a, a.issubset({1, 2, 3, 4}), a.issuperset([1]), a.isdisjoint([7]))
s = {a, frozenset([1]), frozenset([2, 3])}
print(s, {1, 2, 3} in s, frozenset({1, 2, 3}) == {1, 2, 3}, a == a, a != {1})
d = {frozenset("ab"): 1, frozenset("cd"): 2}
print(d[frozenset("ba")], sorted(sorted(k) for k in d))
print(isinstance(a, frozenset), isinstance(a, set), isinstance({1}, frozenset), frozenset.__name__)
try:
    a.add(4)
except AttributeError as e:
    print(e)
x = a
x |= {10}
print(x, a, x is a)
print(frozenset([frozenset([1, 2]), frozenset([3])]))
print(sorted(frozenset("hello")), list(frozenset(range(5))), {frozenset({1}): "x"})
print(frozenset({1, 2}) < frozenset({1, 2, 3}), frozenset({1}) <= {1}, max(frozenset([4, 8, 1])))
t = {1, 2}
t.intersection_update({2, 3}, [2])
print(t)
for item in sorted(frozenset({"z", "a"})):
    print(item)
match a:
    case frozenset():
        print("frozenset case")
print(set(a), type(set(a)).__name__, frozenset({1}).__class__)
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    frozenset([[1]])
except TypeError as e:
    print(e)
import copy
a = frozenset({1, (2, 3)})
print(copy.copy(a) is a, copy.deepcopy(a) == a, type(copy.deepcopy(a)).__name__)
for bad in [lambda: frozenset(1), lambda: frozenset(1, 2), lambda: frozenset(x=1), lambda: a.remove(1), lambda: a.update([1])]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
def f(s):
    return s | {0}
print(f(frozenset([5])), f({5}))
c = frozenset("abc")
c -= {"a"}
print(sorted(c), type(c).__name__)
print(frozenset([1,2]).__hash__() == hash(frozenset([2,1])))
