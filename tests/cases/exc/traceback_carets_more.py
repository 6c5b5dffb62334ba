# Traceback carets of augmented assignments, deletions, method lookups,
# lambdas, multi-line expressions and non-ASCII lines.
import traceback


def clean(text):
    return text.replace(__file__, "FILE")
def show(f):
    try:
        f()
    except Exception:
        print(clean(traceback.format_exc()))
class C:
    def m(self, x):
        return x.missing
    def __add__(self, o):
        raise ValueError("add")
def a(): x = 1; x += "s"
def b(): d = {}; d["k"] += 1
def c(): l = [1]; l[5] = 2
def d(): del [][0]
def e(): return [x.y for x in [1]]
def f(): return (lambda q: q.z)(3)
def g(): a, b = [1, 2, 3]
def h(): return C().m(5)
def i(): return C() + 1
def j(): return 1 < "a"
def k(): return f"{1 + 'a'}"
def l(): return int("5") + int("x")
def m(): return sum([1, "a"])
def n():
    return max(
        [],
    )
def o(): return "é" + 1
def p(): return {"a": 1}["b"]["c"]
def q(): return print(1, sep=5)
def r(): return len()
def s(): x = None; return x.y.z
def t(): return 1 / 0 if True else 2
def u(): return [1, 2, 3][1:2][5]
def v(): return "abc".foo()
def w(): return (1, 2) + [3]
def x(): return -"s"
def y(): return not_defined()
def z(): return C().m(C()).k
for fn in [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z]:
    show(fn)
