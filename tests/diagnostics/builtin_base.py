# error: a class deriving from the builtin 'ValueError' is not supported yet
class BadInput(ValueError):
    pass
