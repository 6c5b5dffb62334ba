# A class pattern whose name is not a class is CPython's TypeError when the match runs.
import sys

point = (1, 2)
not_a_class = len
try:
    match point:
        case not_a_class():
            print("matched")
except TypeError as e:
    print("TypeError:", e)
match sys.version_info:
    case tuple():
        print("a struct sequence is a tuple")
match point:
    case sys.version_info(major=1):
        print("unreachable")
