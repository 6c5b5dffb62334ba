# error: vars() without an argument in a class body or a comprehension is not supported yet
# A class body's namespace is not there yet: refused rather than a
# TypeError where CPython returns it.
class C:
    x = 1
    names = sorted(vars())


print(C.names)
