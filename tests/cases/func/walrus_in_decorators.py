def passthrough(arg):
    def deco(c):
        return c
    return deco
shadowed = 'global'
def f1():
    @passthrough(shadowed := 'local')
    def g():
        pass
    return shadowed
def f2():
    @passthrough(shadowed := 'local')
    class C:
        pass
    return shadowed
def f3():
    class C(passthrough(shadowed := 'local')(object)):
        pass
    return shadowed
print(f1(), f2(), f3(), shadowed)
