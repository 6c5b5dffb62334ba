# error: a class definition is not supported yet
class A:
    pass
