bla = "hoei"
print(bla is "hoei", "a b" is "a b")
def f():
    return "x y"
def g():
    return "x y"
print(f() is g(), f() == "x" + " y")
