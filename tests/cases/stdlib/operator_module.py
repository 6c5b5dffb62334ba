import operator
from operator import itemgetter, attrgetter, methodcaller, add, mul
from functools import reduce

print(reduce(add, range(10)), reduce(mul, [1, 2, 3, 4]), reduce(operator.concat, ["a", "b"]))
print(operator.sub(5, 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.invert(5), operator.inv(0))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d, operator.index(7), operator.index(True))
l = [1]
r = operator.iadd(l, [2])
print(r is l, l, operator.iadd(1, 2), operator.imul("ab", 2), operator.ior({1}, {2}))
print(operator.call(max, 1, 5, 3), operator.__add__(1, 2), operator.__getitem__([5, 6], 1))

rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2)))
print(list(map(itemgetter(0), rows)), itemgetter(slice(1, None))("hello"))
print(itemgetter("x")({"x": 42}), repr(itemgetter(1, "a")))

class P:
    def __init__(self, name, age, inner=None):
        self.name = name
        self.age = age
        self.inner = inner
    def greet(self, punct="!", times=1):
        return ("hi " + self.name + punct) * times
people = [P("bo", 30, P("x", 1)), P("al", 25, P("y", 2))]
print([p.name for p in sorted(people, key=attrgetter("age"))])
print(attrgetter("name", "age")(people[0]), attrgetter("inner.name")(people[1]))
print(repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
print(methodcaller("greet")(people[0]), methodcaller("greet", "?", times=2)(people[1]))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",")("a,b"))
for bad in [lambda: operator.concat(1, 2), lambda: operator.index(1.5), lambda: operator.indexOf([1], 2),
            lambda: attrgetter(1), lambda: itemgetter(), lambda: methodcaller(), lambda: methodcaller(1),
            lambda: attrgetter("nope")(people[0]), lambda: operator.add(1, "a")]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
