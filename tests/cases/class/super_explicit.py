# super(C, obj): the explicit form in methods and outside them, and its errors.
class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return "A"
class B(A):
    def __init__(self, x, y):
        super(B, self).__init__(x)
        self.y = y
    def who(self):
        return "B" + super(B, self).who()
class C(B):
    def __init__(self, x, y, z):
        super(C, self).__init__(x, y)
        self.z = z
    def who(self):
        return "C" + super(B, self).who()
c = C(1, 2, 3)
print(c.x, c.y, c.z, c.who(), B(1, 2).who())
def outside(obj):
    return super(C, obj).who()
print(outside(c))
try:
    super(C, A(1))
except TypeError as e:
    print(e)
try:
    super(1, c)
except TypeError as e:
    print(e)
