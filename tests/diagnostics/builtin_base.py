# error: a class deriving from the builtin 'set' is not supported yet
class Registry(set):
    pass
