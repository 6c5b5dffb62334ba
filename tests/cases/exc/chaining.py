# Exception chaining: __cause__ from `raise ... from`, __context__ set
# implicitly for exceptions raised while handling another, through calls.
class Wrapped(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise Wrapped(f"bad {s!r}") from e


def handler_calls():
    try:
        {}["missing"]
    except KeyError:
        return int("oops")


try:
    parse("x")
except Wrapped as w:
    print(w, type(w.__cause__).__name__, w.__cause__, w.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
try:
    handler_calls()
except ValueError as v:
    print(type(v.__context__).__name__, v.__context__)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise
except ValueError as e2:
    print(e2, e2.__context__)
try:
    raise TypeError("plain")
except TypeError as t:
    print(t.__context__, t.__cause__)
