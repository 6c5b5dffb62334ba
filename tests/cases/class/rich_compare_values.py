# A comparison method's result is the comparison's value, whatever it is.
class Vec:
    def __init__(self, xs):
        self.xs = xs

    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]

    def __lt__(self, other):
        return "lt!"

    def __ne__(self, other):
        return None


a, b = Vec([1, 2, 3]), Vec([1, 5, 3])
print(a == b, a < b, a != b, b > a)
if a == b:
    print("a non-empty list is true")
if not (a != b):
    print("None is false")
print([x == b for x in (a, b)])


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), p != p, 1 == 1.0, "a" < "b")
