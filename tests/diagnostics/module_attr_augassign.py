# error: assigning or deleting an attribute of the module 'math'
import math


def f():
    math.tau += 1
