"""Imports of the program's own modules: plain, packages, `as`, submodules."""
import helper
from helper import greet, VALUE
import pkg.sub as ps
from pkg import sub
from pkg.sub import twice
import pkg.sub

print(__name__, helper.__name__, helper.VALUE, helper.__doc__)
print(helper.add(2, 3), greet("x"), VALUE)
helper.VALUE = 10
print(helper.VALUE, VALUE, helper.get_value())
print(ps.twice(4), sub.twice(5), twice(6), pkg.sub.twice(7))
print(helper.counter(), helper.counter())
import helper as h2
print(h2 is helper, h2.counter(), ps is sub, pkg.sub is sub)
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper import nothere
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'nothere' from 'helper' ("))
try:
    helper.missing
except AttributeError as e:
    print(e)
print(type(helper).__name__, repr(helper).startswith("<module 'helper' from "))
total = 0.0
for i in range(1000):
    total += helper.scale(i)
print(total)
if __name__ == "__main__":
    print("main guard")
