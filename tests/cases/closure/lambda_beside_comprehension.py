# A lambda beside (not inside) a comprehension that binds the same name reads
# the module's or function's variable; one inside reads the comprehension's.
for n in range(2):
    g = lambda: n
print(sum(1 + n for n in range(1, 30)), g())
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
gs = {k: (lambda: k * 2) for k in "ab"}
print([g() for g in gs.values()])
n = 10
h = lambda: n
print(sum(n for n in range(4)), h())
def outer():
    m = 5
    fs = [lambda: m + i for i in range(2)]
    g = lambda: i if False else m
    return [f() for f in fs], g(), [i for i in range(3)]
print(outer())
