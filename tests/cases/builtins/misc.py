xs = [5, 3, 8, 1]
print(len(xs), min(xs), max(xs), sum(xs), sorted(xs), sorted(xs, reverse=True), list(reversed(xs)))
print(min(3, 1, 2), max("apple", "banana"), min(2.5, 1), max([1, 2], [1, 3]), sum([0.5, 0.25]), sum(xs, 10))
print(any([0, 0, 1]), all([1, 2, 0]), any([]), all([]))
for i, x in enumerate(["a", "b"]):
    print(i, x)
for i, x in enumerate("xy", start=1):
    print(i, x)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
print(list(zip([1, 2], [3, 4], [5, 6])), list(enumerate([7, 8])))
print(isinstance(1, int), isinstance(True, int), isinstance("s", str), isinstance(1.0, (int, float)), isinstance([], dict))
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(1.5), type({}))
print(abs(-3), abs(-2.5), round(3.7), round(3.14159, 2), divmod(9, 4), pow(2, 8), repr([1, "a"]), str(1.5))
print(bool([]), bool([0]), bool(""), bool("0"), int(), float(), str(), list(), dict(), tuple(), set())
print(hash(1) == hash(1.0), id(xs) == id(xs), ord("a"), chr(98), bin(3), hex(16), oct(9))
