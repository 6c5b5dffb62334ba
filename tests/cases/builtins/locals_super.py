# locals(), vars() and dir() in a method that uses super() list its __class__.
class A:
    def m(self, k=1):
        x = 2
        return sorted(locals())

    def name(self):
        return "A"


class B(A):
    def m(self, k=1):
        r = super().m(k)
        loc = locals()
        return r, sorted(loc), loc["__class__"].__name__

    def name(self):
        z = super().name() + "B"
        return sorted(vars()), dir()


print(B().m())
print(B().name())
