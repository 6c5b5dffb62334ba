for spec in ('z.1f', 'z.2e', 'z.0f', 'z', 'z.3g', '+z.1f', 'z.1%'):
    print(spec, format(-0.0, spec), format(-0.001, spec), format(-1.5, spec), format(0.0, spec))
try:
    format(-1, 'zd')
except ValueError as e:
    print(e)
print(f'{-0.04:z.1f}', repr(([],)), repr(((),)))
l = []
tp = (l, 1)
l.append(tp)
print(repr(tp), str([tp]))
