# error: assigning or deleting an attribute of the module 'math'
import math

math.pi = 3
