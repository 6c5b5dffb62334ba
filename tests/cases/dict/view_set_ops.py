# Dict keys and items views as sets: & | - ^ with sets, views and iterables, and comparisons by membership.
d = {1: 'a', 2: 'b'}
k = d.keys()
print(k & {1}, k | {3}, k - {1}, k ^ {1, 9}, k == {1, 2})
print({1} & k, {1} <= k, {1, 2} == k)
print({3, 1, 2} & {1: 0, 2: 0}.keys(), {1: 0, 2: 0, 5: 0}.keys() & [5, 1, 9], {1: 7}.items() | {(2, 8)})
print({1: 'a'}.keys() < {1: 0, 2: 0}.keys(), {1}.__le__({1: 0}.keys()), {1: 0}.keys() == {1}, {1: 0}.values() == {0})
print(frozenset({1}) & k == frozenset({1}), frozenset({1}) | k == frozenset({1, 2}), k == frozenset([1, 2]))
try:
    k & 3
except TypeError as e:
    print(e)
print(k - [1], [1, 7] - k if False else "skip", {4: 1}.keys() ^ [4, 5], type(frozenset({1}) & k).__name__)
