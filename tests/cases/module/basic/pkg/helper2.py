print("helper2", __name__, __package__)


def mul(a, b):
    return a * b
