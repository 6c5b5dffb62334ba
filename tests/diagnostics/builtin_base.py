# error: a class deriving from the builtin 'dict' is not supported yet
class Registry(dict):
    pass
