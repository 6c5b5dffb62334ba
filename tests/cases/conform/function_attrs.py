# Function attributes (issue 12, defect 5).
def g(a, b=2, *, c=3):
    "doc of g"
    return a

def h(x):
    return x

print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__qualname__, g.__module__, g.__name__)
print(h.__doc__, h.__defaults__, h.__kwdefaults__)
g.extra = 1
print(g.__dict__, h.__dict__)

class K:
    def method(self, y=[1]):
        """A method."""
        return y

print(K.method.__doc__, K.method.__qualname__, K.method.__defaults__)

def outer():
    def inner(q=None):
        """inner doc"""
    return inner
f = outer()
print(f.__qualname__, f.__doc__, f.__defaults__)
lam = lambda x, y=4: x
print(lam.__name__, lam.__qualname__, lam.__defaults__, lam.__doc__)

import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@deco
def decorated(a):
    "decorated doc"
    return a * 2
print(decorated.__name__, decorated.__doc__, decorated.__wrapped__.__name__, decorated(4))
print(sorted(decorated.__dict__))
