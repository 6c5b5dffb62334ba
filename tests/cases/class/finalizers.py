class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


def use():
    r = Res("a")
    print("using", r.name)


use()
x = Res("b")
x = None
print("after b")
lst = [Res("c"), Res("d")]
del lst[0]
lst.clear()
print("cleared")


class Bad:
    def __del__(self):
        raise ValueError("in del")


b = Bad()
del b
print("survived")
keep = []


class Phoenix:
    def __del__(self):
        print("phoenix del")
        keep.append(self)


p = Phoenix()
del p
print(len(keep), type(keep[0]).__name__)
keep.clear()
print("end")
g = Res("global")
