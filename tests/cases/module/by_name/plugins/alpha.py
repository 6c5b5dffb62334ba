NAME = "alpha"


def run(x):
    return x + 1
