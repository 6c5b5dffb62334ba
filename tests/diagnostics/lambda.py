# error: a lambda expression is not supported yet
f = lambda x: x + 1
print(f(2))
