# error: a global or nonlocal declaration in a class body is not supported yet
# The name would have to bypass the class's namespace.
counter = 0


class C:
    global counter
    counter = 5


print(counter)
