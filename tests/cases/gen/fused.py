# Generators consumed by for loops, comprehensions and builtins: pyaot runs
# simple ones in place (generator fusion); these cases pin that the result
# is exactly what running the generator gives.


def count_up(n, start=0, step=1):
    i = start
    while i < n:
        yield i
        i += step


def squares(it):
    for x in it:
        yield x * x


def odd(it):
    for x in it:
        if x % 2:
            yield x


def scaled(it, k):
    for x in it:
        yield x // k


def letters(word):
    for ch in word:
        yield ch.upper()
    yield "!"


def three():
    print("  three: start")
    yield 1
    print("  three: after 1")
    yield 2
    print("  three: after 2")
    yield 3
    print("  three: end")


def stops_early(n):
    for i in range(n):
        if i == 3:
            return "ignored by for"
        yield i
    print("never here")


def chained(a, b):
    yield from a
    yield from b
    yield from count_up(2)


def receiver():
    got = []
    for i in range(3):
        x = yield i
        got.append(x)
    print("  receiver got", got)


def mixed(n):
    # Types change along the way: ints, then floats, then strings.
    for i in range(n):
        yield i
    yield 0.5
    yield "end"


def pairs(xs):
    for i in range(len(xs) - 1):
        yield xs[i], xs[i + 1]


# A pipeline, summed: one loop.
print(sum(scaled(odd(squares(count_up(1000))), 3)))
print(sum(x for x in count_up(10, 2, 3)))
print(list(count_up(10, step=4)))
print(sorted(letters("pyaot"), reverse=True))
print(max(squares(count_up(7))), min(squares(count_up(7, 3))))
print(tuple(odd(count_up(8))), set(scaled(count_up(10), 4)))
print("".join(letters("abc")), "-".join(ch for ch in letters("xy")))
print(any(x > 50 for x in squares(count_up(100))), all(x < 50 for x in squares(count_up(100))))
print(any(squares(count_up(1))), all(count_up(5, 1)))
print(dict(pairs([1, 2, 3, 4])))

# Statements of the generator and of the loop body interleave as in CPython.
for v in three():
    print("body", v)

# continue / break / else.
for v in three():
    if v == 2:
        continue
    print("got", v)
else:
    print("else ran")
for v in three():
    if v == 2:
        break
    print("got", v)
else:
    print("else did not run")
for v in stops_early(10):
    print("early", v)
else:
    print("else after return")

# Nested loops over the same generator, and over each other.
for a in count_up(3):
    for b in count_up(a):
        print(a, b, end="; ")
print()
print([(a, b) for a in count_up(3) for b in letters("ab") if a != 1])

# yield from, x = yield (a for loop sends None), tuple items, mixed types.
print(list(chained([10, 20], "ab")))
for r in receiver():
    print("  r", r)
for a, b in pairs("wxyz"):
    print(a + b, end=" ")
print()
print([type(m).__name__ for m in mixed(2)])
total = 0
for m in mixed(4):
    if isinstance(m, int):
        total += m
print(total)


# A generator in a function, closed over arguments, with a loop variable
# that outlives the loop.
def consume(limit):
    found = None
    for found in count_up(limit):
        if found * found > 30:
            break
    return found


print(consume(100), consume(3), consume(0))


def positives(xs):
    for x in xs:
        if x > 0:
            yield x


def total_of(xs):
    return sum(positives(xs))


print(total_of([3, -1, 4, -1, 5]), total_of([]), total_of([-2.5, 2.5, 1.25]))


# The generator reads a global as it is when each item is produced.
factor = 1


def times_factor(n):
    for i in range(n):
        yield i * factor


for v in times_factor(4):
    factor = 10
    print(v, end=" ")
print()


# A nested function in the generator sees its variables.
def adders(n):
    for i in range(n):
        yield lambda x: x + i


print([f(100) for f in adders(3)])


def with_default(n, sep="-"):
    for i in range(n):
        yield sep * i


print(list(with_default(4)), list(with_default(3, "=")))

# A generator whose body runs some calls (a StopIteration inside would be
# turned into RuntimeError): still the same items.
words = iter(["alpha", "beta"])


def first_letters():
    for w in words:
        yield w[0]


print(list(first_letters()), list(first_letters()))


# A recursive generator is not fused into itself, but works.
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree


print(list(walk([1, [2, [3, 4]], [[5]]])), sum(walk([[1, 2], 3])))

# enumerate over a fused generator keeps an int counter.
for i, c in enumerate(letters("xyz"), 10):
    if c == "Y":
        continue
    print(i, c)
else:
    print("enumerate else")
for i, c in enumerate(letters("xyz"), start=-1):
    if c == "Y":
        break
    print(i, c)
else:
    print("not printed")
print([(i, c) for i, c in enumerate(letters("pq"))])
