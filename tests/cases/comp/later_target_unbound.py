z = ['outer']
try:
    print(list(x for x in [1] for y in z for z in [[2], [3]]))
except UnboundLocalError as e:
    print("genexp:", e)
try:
    print({x: y for x in [1] for y in z for z in [[2]]})
except UnboundLocalError as e:
    print("dictcomp:", e)
print([y for x in [1] for y in z])


def passthrough(arg):
    def deco(c):
        return c
    return deco


shadowed = 'global'


def walrus_binds_locally():
    @passthrough(shadowed := 'local')
    class C:
        pass
    return shadowed


print(walrus_binds_locally(), shadowed)
