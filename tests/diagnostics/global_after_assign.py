# error: name 'x' is assigned to before global declaration
# CPython's symbol table rejects a global statement after the name is bound.
def f():
    x = 1
    global x


f()
