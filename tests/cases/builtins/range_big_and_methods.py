print(len(range(-(2**62), 2**62 - 1)))
try:
    print(len(range(-(2**62), 2**62)))
except OverflowError as e:
    print(e)
r = range(-(2**62), 2**62)
print(r[-1], r[2**62], 2**62 in r, r.index(5))
r = range(0, 20, 3)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(False), r.start, r.stop, r.step)
for x in (10, 'a', 9.5):
    try:
        r.index(x)
    except ValueError as e:
        print(e)
