# The builtin types, called with too many arguments or with keywords they do not take.
for bad in [lambda: set(1, 2), lambda: set(x=1), lambda: list(1,2), lambda: tuple(x=1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: float(1, 2), lambda: bool(x=1), lambda: str(1, 2, 3, 4), lambda: bytearray(1,2,3,4), lambda: frozenset(1, 2), lambda: frozenset(x=2)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(set(1, 2))
except TypeError as e:
    print(e)
try:
    print(list([1], [2]))
except TypeError as e:
    print(e)
