g_name = 'global'
fwd = 10


def shadowed():
    g_name = 'func'
    fwd = 'func'
    free = 'free'

    class Inner:
        g_name = g_name   # bound in the body: the global, not the function's
        y = fwd           # fwd is bound later here: the global too
        fwd = 1
        z = free          # never bound in the body: the enclosing function's
        n = len           # a builtin
        len = 3

    return Inner.g_name, Inner.y, Inner.fwd, Inner.z, Inner.n, Inner.len, g_name


print(shadowed())


def no_global():
    class C:
        v = missing_here_global
        missing_here_global = 2
    return C.v


try:
    print(no_global())
except NameError as e:
    print(type(e).__name__, e)
