x = []
for _ in range(100000):
    x = [x]
try:
    print(repr(x)[:10])
except RecursionError as e:
    print("RecursionError", e)
d = {}
for _ in range(100000):
    d = {1: d}
try:
    s = str(d)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
