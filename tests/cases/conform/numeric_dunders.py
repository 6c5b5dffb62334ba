# abs(), round() and divmod() through __abs__, __round__, __divmod__/__rdivmod__.
class C:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return C(abs(self.v))
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __repr__(self):
        return "C(%r)" % self.v
print(abs(C(-3)), round(C(1)), round(C(1), 2), divmod(C(1), 5), divmod(5, C(1)))
class D:
    pass
for f in [lambda: abs(D()), lambda: round(D()), lambda: divmod(D(), 1), lambda: divmod(1, D())]:
    try:
        f()
    except TypeError as e:
        print(e)
