# error: *-unpacking in a call is not supported yet
def f(a, b):
    return a + b


print(f(*[1, 2]))
