# Classes, closures, decorators, dict counting, match and map together.
from_list = [3, 1, 2]


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(reversed(self._items))

    def __repr__(self):
        return f"Stack({self._items})"


def make_ops():
    ops = {}

    def register(name):
        def deco(fn):
            ops[name] = fn
            return fn
        return deco

    @register("+")
    def add(a, b):
        return a + b

    @register("*")
    def mul(a, b):
        return a * b

    register("-")(lambda a, b: a - b)
    return ops


def rpn(expr, ops):
    st = Stack()
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.push(ops[tok](a, b))
        else:
            st.push(int(tok))
    return st.pop()


ops = make_ops()
print(sorted(ops), rpn("3 4 + 2 *", ops), rpn("10 2 3 * -", ops))
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), [x * x for x in s], sum(s))
try:
    Stack().pop()
except IndexError as e:
    print("error:", e)
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
best = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
print(best, sorted(counts.items(), key=lambda kv: -kv[1])[:2])
match s:
    case Stack() if len(s) > 2:
        print("big stack")
    case _:
        print("small")
total = 0
def acc(n):
    global total
    total += n
    return total
print(list(map(acc, range(5))), total)
