# error: writing into an object's __dict__ (set its attributes instead) is not supported yet
class P:
    pass


p = P()
vars(p)["x"] = 1
print(p.x)
