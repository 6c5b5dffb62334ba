# error: 'SystemRandom' from the module 'random' is not supported yet
from random import randint, SystemRandom
print(randint)
