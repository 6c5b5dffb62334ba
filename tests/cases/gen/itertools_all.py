# itertools: every function the issue lists, lazy; iter(callable, sentinel); lazy map/filter/zip/enumerate/reversed.
from itertools import (count, cycle, repeat, islice, chain, compress, dropwhile, takewhile, filterfalse,
                       groupby, accumulate, starmap, zip_longest, tee, product, permutations, combinations,
                       combinations_with_replacement, pairwise)
import itertools

print(list(islice(count(), 5)), list(islice(count(10, 2.5), 3)), list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)), list(repeat(1, 0)))
print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None, 3)), list(islice([1, 2], 5)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable(["xy", [1]])), list(itertools.chain()))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, "", "a"])))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])])
groups = groupby([1, 1, 2, 2, 3])
_, first = next(groups)
next(groups)
print(list(first))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")), list(product()))
print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(5)))), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("ab", 2)), list(pairwise("abcd")), list(pairwise([1])))
def take(n, it):
    return list(islice(it, n))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(10, fib()), take(3, (x * x for x in count(1))))
print(sum(1 for _ in zip(range(5), count())), list(enumerate("ab", 1)), list(reversed([1, 2])))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])), list(filter(None, [0, 1, 2])))
it = iter(lambda: 1, 1)
print(list(it))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
