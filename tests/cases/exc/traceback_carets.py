# CPython 3.11's carets under traceback source lines: calls, names,
# attributes, subscripts and binary operators (anchors), statements.
import traceback


def clean(text):
    return text.replace(__file__, "FILE")
def show(f):
    try:
        f()
    except Exception:
        print(clean(traceback.format_exc()))
def a(): x = undefined_name + 1
def b(): return [1][2]
def c():
    for x in 5:
        pass
def d(): return None.attr
def e(): return len(5)
def g(): return {}["k"]
def h(): return 1 + "s"
def i():
    return int("x")
def j(): raise ValueError("v")
def k():
    y = (1 +
         "s")
def l(): return e()
def m(): assert False, "no"
class K:
    def meth(self): return self.nope
def n(): return K().meth()
def o(): return 10 // 0 + 1
def p(): return [1, 2][3] * 2
for f in [a, b, c, d, e, g, h, i, j, k, l, m, n, o, p]:
    show(f)
