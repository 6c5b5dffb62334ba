# Instances with more layout attributes than an instance holds inline
# (the rest in a second allocation), attributes set out of layout order,
# added outside the layout, deleted and set again: __dict__ keeps CPython's
# first-set order throughout.


class Wide:
    def __init__(self, n):
        self.a = n
        self.b = n + 1
        self.c = n + 2
        self.d = n + 3
        self.e = n + 4
        self.f = n + 5

    def total(self):
        return self.a + self.b + self.c + self.d + self.e + self.f


class Late:
    def __init__(self):
        self.z = 0

    def fill(self):
        self.y = 1
        self.x = 2


ws = [Wide(i) for i in range(5)]
print([w.total() for w in ws], ws[2].__dict__)
w = ws[3]
w.extra = "x"
del w.c
print(w.__dict__)
w.c = -1
del w.extra
w.more = [1, 2]
print(w.__dict__, vars(w) == w.__dict__)
try:
    del w.extra
except AttributeError as err:
    print("AttributeError:", err)

l = Late()
l.fill()
l.w = "outside"
print(l.__dict__)
del l.z
l.z = 5
print(l.__dict__, sorted(vars(l)))
m = Late()
m.q = 1
m.fill()
print(m.__dict__)
