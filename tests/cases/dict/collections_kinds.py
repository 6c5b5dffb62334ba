from collections import Counter, OrderedDict, defaultdict


def err(fn):
    try:
        return fn()
    except Exception as exc:
        return "%s: %s" % (type(exc).__name__, exc)


# Counter comparisons are multiset inclusion; a missing count is 0.
print(Counter(a=1, b=2) <= Counter(a=2, b=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1, b=1))
print(Counter(a=0) == Counter(), err(lambda: Counter(a='x') <= Counter(a=1)))
print(err(lambda: Counter(a=1) <= {'a': 1}))
# The operators' comparisons, in CPython's order.
print(err(lambda: Counter(a='x') | Counter(a=1)), err(lambda: Counter() | Counter(a='x')))
print(err(lambda: -Counter(a='x')), err(lambda: +Counter(a='x')))
print(-Counter(a=2, b=-1), +Counter(a=2, b=-1), Counter(a=3, b=1) - Counter(b=5, c=-2))
# In place, with any mapping on the right.
c = Counter(a=1)
alias = c
c += {'a': 2, 'b': 5}
c |= {'c': 7}
c -= Counter(b=5)
print(alias, alias is c)
c &= {'a': 1, 'c': 2}


def iand_missing():
    k = Counter(a=1)
    k &= {}


print(c, err(iand_missing))
print(err(lambda: Counter().update(1, 2)), Counter(None), Counter(None, x=5), Counter(a='x'))
c.update(None)
c.subtract(None, a=1)
print(c)
print(Counter('abracadabra').most_common(2), Counter('aab').most_common(2**70), Counter('ab').most_common(-1))
print(err(lambda: Counter.fromkeys('ab')))

# `|` between kinds: the winning __or__/__ror__ decides the type.
dd = defaultdict(list, a=[1])
for m in (dd | {'b': 2}, {'a': 1} | dd, Counter(a=1) | {'a': 2}, {'a': 2} | Counter(a=1), Counter(a=1) | dd,
          OrderedDict(x=1) | {'y': 2}):
    print(type(m).__name__, m)

d = defaultdict(list)
d.default_factory = int
d['k'] += 1
fk = d.fromkeys('ab', 0)
print(d, type(fk).__name__, fk.default_factory, err(lambda: defaultdict.fromkeys()))
print(OrderedDict.fromkeys('xy', 1))
