# A function's __module__ is the module its def ran in (methods too), __main__ for the entry's.
import helper
from helper import hf, K
print(hf.__module__, K.__module__, K.m.__module__)
def local(): pass
print(local.__module__)
import contextlib, functools
print(contextlib.contextmanager.__module__, functools.cached_property.__module__)
