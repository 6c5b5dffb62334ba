# A chain of 900 nested `yield from` (as deep as CPython goes under its
# default recursion limit), with send/throw/close passing through every level.


def leaf():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    except ValueError as e:
        yield f"leaf caught {e}"
    finally:
        print("leaf closed")


def chain(depth):
    if depth == 0:
        return (yield from leaf())
    return (yield from chain(depth - 1))


g = chain(900)
print(next(g))
print(g.send(5), g.send(7))
print(g.throw(ValueError("deep")))
g.close()
print("closed")


def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


print(sum(evens(squares(numbers(10000)))))
made = 0
for _ in range(20000):
    g = numbers(3)
    made += sum(g)
print(made)
live = [numbers(5) for _ in range(1000)]
print(sum(next(g) + next(g) for g in live))


def early_exit():
    try:
        yield 1
        yield 2
    finally:
        print("early exit cleanup")


for v in early_exit():
    print("got", v)
    break
print("after break")


def gen_return():
    yield 1
    return 42


it = gen_return()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
print(next(it, "exhausted"), list(it))


def closure_state(start):
    state = [start]

    def bump():
        state[0] += 1
        return state[0]

    while state[0] < start + 3:
        yield bump()


print(list(closure_state(10)))
try:
    g = numbers(3)
    g.send(5)
except TypeError as e:
    print(e)
