# error: 'yield' in an 'except' or 'finally' block of a program that reads sys.exc_info() is not supported yet
import sys


def gen():
    try:
        raise ValueError("v")
    except ValueError:
        yield sys.exc_info()[0]


print(next(gen()))
