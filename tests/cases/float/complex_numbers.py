# complex: literals, construction from numbers and strings, arithmetic with CPython's algorithms, repr/format, hashing, errors; a negative base to a fractional power.
z = 1 + 2j
print(z, repr(z), 2j, -1j, complex(-0.0, 1), complex(0.0, -0.0), complex(1e16, 1), complex(1, float('nan')))
print(z * (3 + 4j), z / (3 + 4j), 1 / 1j, z ** 2, z ** -2, (1 + 1j) ** 100, 1j ** 0.5, 2 ** 1j)
print(abs(3 + 4j), z.real, z.imag, z.conjugate(), type(z).__name__, isinstance(z, complex), type(z) is complex)
print(complex(), complex(1), complex('1+2j'), complex(' (1-2.5J) '), complex('j'), complex('-j'), complex('1e3+j'), complex(1 + 2j, 3j), complex(imag=2))
print(hash(1 + 0j) == hash(1), hash(1 + 2j), {1j: 'a'}[1j], 1 + 0j == 1, 1j == 1j, 1j != 2, bool(0j), bool(1j))
print(f'{z}', f'{z:.2f}', f'{z:>20}', format(1.5j, 'g'), f'{z:10.3}', '%s' % z, str(z))
print(sum([1j, 2j]), [1j, 1 + 1j], -z, +z)
x = -8
print(x ** 0.5, (-8.0) ** (1 / 3), pow(-8.0, 0.5))
for bad in ['1 + 2j', '(1', '', '1j+2', '1+2', '1 j', '1e', '1__0j']:
    try:
        complex(bad)
    except ValueError as e:
        print(bad, e)
for f in [lambda: 1j / 0, lambda: 0j ** -1, lambda: 1j // 1, lambda: 1j < 1j, lambda: int(1j), lambda: float(1j), lambda: complex([]), lambda: complex(1, 'a'), lambda: (2 + 0j) ** 1024, lambda: round(1j), lambda: 1j % 2, lambda: divmod(1j, 1), lambda: ~1j]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def escape_count(z, c):
    for i in range(50):
        if abs(z) > 2:
            return i
        z = z * z + c
    return 50
print(escape_count(0j, -0.7 + 0.27015j), escape_count(1 + 1j, -0.7 + 0.27015j))
print((3).real, (3.5).imag, (2).conjugate(), True.imag, (2.5).conjugate())
import math
for f in [lambda: math.sqrt(1j), lambda: math.floor(2j), lambda: '%f' % 1j, lambda: '%d' % 1j, lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: abs(complex(1e308, 1e308)), lambda: 1j ** (10**400), lambda: pow(1j, 2, 3), lambda: 10**400 + 1j, lambda: 'a' + 1j, lambda: {1j: 2}[complex(0, 1)], lambda: [1j, 1j, 2j].count(1j), lambda: (1j).foo]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
z = 1 + 2j
z += 1
z *= 2j
print(z, z == complex(-4, 4), f"{z:+.1f}", f"{z:^20}", format(z, 'e'))
