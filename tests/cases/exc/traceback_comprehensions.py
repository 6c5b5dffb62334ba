# The frames of comprehensions and generator expressions in tracebacks
# (<listcomp>, <genexpr>...), with CPython's carets.
import traceback


def clean(text):
    return text.replace(__file__, "FILE")
def show(f):
    try:
        f()
    except Exception:
        print(clean(traceback.format_exc()))
def a(): return [x for x in 5]
def b(): return [y for x in [[1], 2] for y in x]
def c(): return {k: 1 / k for k in [1, 0]}
def d(): return {x.q for x in [1]}
def e(): return [[z.w for z in [1]] for x in [1]]
def f(): return sum(1 / x for x in [1, 0])
def g(): return list(1 / x for x in [1, 0])
def gen():
    yield 1
    raise ValueError("in gen")
def h(): return [x for x in gen()]
def i():
    for x in gen():
        pass
def j(): return [x + "s"
                 for x in [1]]
for fn in [a, b, c, d, e, f, g, h, i, j]:
    show(fn)
try:
    sum(x for x in 5)
except TypeError:
    print(clean(traceback.format_exc()))
