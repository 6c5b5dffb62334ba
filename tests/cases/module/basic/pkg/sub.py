from . import helper2


def twice(x):
    return helper2.mul(x, 2)
