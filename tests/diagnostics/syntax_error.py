# error: invalid syntax
def f(:
    pass
