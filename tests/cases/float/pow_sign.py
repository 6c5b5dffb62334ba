# x ** y with a fractional y: typed float where the base is never negative, complex otherwise (loops, augmented assignment, parameters).
def f(xs):
    out = []
    for x in xs:
        d2 = x * x + 1.0
        out.append(d2 ** 0.5)
    return out

def g(a):
    d = 4.0
    r = []
    for i in range(3):
        r.append(d ** 0.5)
        d = a - 10.0
    return r

def h(a):
    t = 0.0
    t += a * a
    t *= 2.0
    return t ** 1.5

def k(a):
    s = a
    return s ** 0.5

print(f([1.0, -2.0]), g(1.0), h(-3.0), k(-4.0), k(4.0))
m = -2.0
print(m ** 0.5, (m * m) ** 0.5)
