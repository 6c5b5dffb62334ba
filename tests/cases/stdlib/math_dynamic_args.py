# math functions of values whose type is not known statically: the
# module function called by name, with its own conversions and errors.
import math
xs = [4, 2.25, True, -1, "a"]
for x in xs:
    try:
        print(math.sqrt(x), math.floor(x), math.log(x))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = 10 ** 400
print(math.log(big), math.floor(big) == big)
