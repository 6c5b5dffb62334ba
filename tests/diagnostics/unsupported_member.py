# error: 'SimpleNamespace' from the module 'functools' is not supported yet
from functools import reduce, SimpleNamespace
print(reduce)
