x = 1
from . import b
x = 2
