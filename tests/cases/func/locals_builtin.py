# locals(), vars() and dir() in a function: parameters (positional, keyword-only, *args, **kwargs), other
# variables by first binding, shared and free variables by name; unbound ones are absent; one dict per call,
# refreshed by each call (so later names come last).
def outer():
    zz = 1
    aa = 2

    def f(p, *args, q=1, **kw):
        c = 3
        b = 4

        def g():
            return b + zz + aa

        if p:
            late = 1
        first = locals()
        print(sorted((k, v) for k, v in first.items() if k != "g"), list(first))
        for i in range(1):
            pass
        del c
        again = locals()
        print(again is first, list(again), list(vars().keys()), dir())
        return g

    return f


outer()(0)
outer()(1, 2, q=3, r=4)


def h():
    print(locals())
    x = 1
    print(locals())
    y = [x * 2 for x in range(3)]
    print(locals())


h()


def gen(n):
    total = 0
    for k in range(n):
        total += k
        yield dict(locals())


for d in gen(3):
    print(d)


class K:
    def method(self, v):
        w = v * 2
        return sorted(locals())


print(K().method(4))
lam = lambda a, b=2: locals()
print(lam(1))


def shared():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return locals()

    return inc


print(shared()())
print(sorted(k for k in locals() if not k.startswith("__")))
