# Lookups and comparisons whose __eq__ raises or changes the container being searched (sets, lists, deques, dict views), and identity before equality.
from collections import deque
import copy

S = set()


class Clearer:
    def __init__(self):
        self.done = False

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if not self.done:
            self.done = True
            S.clear()
            for i in range(50):
                S.add(i)
        return False


S.add(Clearer())
print(Clearer() in S, len(S))


class Exploding:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("comparison failed")


for op in ("<=", ">=", "==", "in"):
    a, b = {Exploding()}, {Exploding()}
    try:
        print(op, {"<=": lambda: a <= b, ">=": lambda: a >= b, "==": lambda: a == b, "in": lambda: Exploding() in a}[op]())
    except ValueError as e:
        print(op, "ValueError:", e)

dq = deque()


class Appender:
    def __eq__(self, other):
        dq.append(99)
        return False


dq.append(Appender())
for f in (lambda: 0 in dq, lambda: dq.count(0), lambda: dq.index(0), lambda: dq.remove(0)):
    try:
        print(f())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)


class ListClearer:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True

    def __lt__(self, other):
        return True


a = [None, 1]
a[0] = ListClearer(a)
print(a == [2, 3], a)
e = [None, 1]
e[0] = ListClearer(e)
print(e < [2, 3])
lst = [1, 2]


class Remover:
    def __eq__(self, other):
        lst.clear()
        return True


lst[0] = Remover()
lst.remove(5)
print(lst)

nan = float("nan")
print(nan in [nan], [nan].index(nan), (nan,).count(nan), [nan] == [nan], nan == nan)

d = {1: "a", 2: "b"}
k = d.keys()
print(k & {1}, k | {3}, k - {1}, k ^ {1, 9}, k == {1, 2}, {1} <= k, {1: []}.items() >= {(1, 2)} if False else "")
print({3, 1, 2} & {1: 0, 2: 0}.keys(), {1: 0, 2: 0, 5: 0}.keys() & [5, 1, 9], {1: 7}.items() | {(2, 8)})
print({1: "a"}.keys() < {1: 0, 2: 0}.keys(), {1: 0}.keys() == {1}, {1: 0}.values() == {0}, not {(1, 2)} <= {1: []}.items())
try:
    k & 3
except TypeError as err:
    print(err)

try:
    copy.copy(copy)
except TypeError as err:
    print(err)


class Holds:
    def __init__(self, inner):
        self.inner = inner

    def peek(self):
        return self.inner


h = Holds([1])
m = copy.deepcopy(h.peek)
print(m() == [1], m() is h.inner, m.__self__ is h)
