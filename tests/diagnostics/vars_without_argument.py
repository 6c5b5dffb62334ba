# error: vars() without an argument is not supported yet
# The local namespace (as locals()) is not there yet: refused rather than
# a TypeError where CPython returns the locals.
def f():
    def g(x):
        return x
    return vars()["g"]("s")


print(f())
