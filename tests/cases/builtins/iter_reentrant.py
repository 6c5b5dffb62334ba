# A callable_iterator and a user iterator whose step calls next() on the
# iterator being advanced (after a case of the Monty test suite).
# === callable_iterator re-entering itself ===
# `f` calls `next(it)` on its own iterator while `it` is mid-advance.
it = None
depth = [0]


def f():
    depth[0] += 1
    d = depth[0]
    if d >= 3:
        return 0  # sentinel -> stop
    if d == 1:
        return next(it) + 100  # re-enter `it` mid-advance
    return d


it = iter(f, 0)
print(list(it), [102])

# === user iterator re-entering itself ===
# `C.__next__` calls `next(it2)` on the very object being advanced, so the same
# heap cell is reached twice. `py_next` copies `self_id` out and holds no borrow
# across the call, which is what makes this safe.
it2 = None


class C:
    def __init__(self):
        self.d = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.d += 1
        if self.d >= 3:
            raise StopIteration
        if self.d == 1:
            return next(it2) + 100  # re-enter `it2` mid-advance
        return self.d


it2 = iter(C())
print(list(it2), [102])


import itertools


class Reentrant:
    def __init__(self):
        self.calls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.calls += 1
        if self.calls == 1:
            print("inner next:", next(reentrant_flat))
            return [[1]]
        if self.calls == 2:
            return [[2], [3]]
        raise StopIteration


reentrant_flat = itertools.chain.from_iterable(Reentrant())
print(list(reentrant_flat))
print(list(itertools.chain([1, 2], (), 'ab')), list(itertools.chain.from_iterable(['xy', [3]])))
