# from <built-in module> import <a name it lacks>: CPython's ImportError at run time.
try:
    from sys import nonexistent
except ImportError as e:
    print(e, e.name)
try:
    from time import also_missing
except ImportError as e:
    print(e, e.name)
from time import nothing_here
