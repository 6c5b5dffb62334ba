from withall import *
from noall import *
print(public_one, listed)
print(plain, helper_fn(2))
try:
    print(not_listed)
except NameError as e:
    print(e)
try:
    print(_private)
except NameError as e:
    print(e)
