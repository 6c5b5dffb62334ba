# The conversion and unary special methods of int and float, by name.
for m in ["__int__","__float__","__index__","__round__","__abs__","__trunc__","__floor__","__ceil__","__neg__","__pos__","__bool__","__complex__","__bytes__","__invert__"]:
    print(m, hasattr(3, m), hasattr(2.5, m))
print((2.5).__round__(), (2.567).__round__(1), (7).__round__(-1), (3).__floor__(), True.__int__(), True.__neg__(), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (5).__invert__(), (0.0).__bool__(), (-3).__abs__(), (3).__float__(), (10**30).__index__())
for bad in [lambda: (3).__int__(1), lambda: (3.0).__floor__(1), lambda: (3).__round__(1, 2), lambda: (2.5).__index__()]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
