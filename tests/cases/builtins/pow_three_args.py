# pow() with three arguments: ints only, complex modulo, a None modulus meaning two-argument pow, and the TypeErrors of other operands.
for args in [(1j, 2, 3), (1, 2, 1j), (1j, 2, 1.5), (1.5, 2, 1j), (1, 1j, 3), (2, 3, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pow('a', 2, 1j)
except Exception as e:
    print(type(e).__name__, e)
for args in [('a', 2, 3), (2, 'b', 3), (2, 3, None), (2.5, 'x', 3), ([], 1, 2)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b, m):
    return pow(a, b, m)
print(f(2, 3.0, None), f(2, 10, 7), f(2, -1, None))
x = pow(3, 4, None)
print(x + 1)
