xs = [3, 2, 1]


def repopulate(v):
    xs.append(99)
    return v


try:
    xs.sort(key=repopulate)
except ValueError as e:
    print("ValueError:", e)
print(xs)

ys = [3, 1, 2]
seen = []


def look(v):
    seen.append(len(ys))
    return v


ys.sort(key=look)
print(ys, seen)

zs = [2, 1]


def grow_and_shrink(v):
    zs.append(0)
    zs.pop()
    return v


try:
    zs.sort(key=grow_and_shrink)
except ValueError as e:
    print("ValueError:", e)
print(zs)


class Bad:
    def __lt__(self, other):
        ws.append(1)
        raise TypeError("no order")


ws = [Bad(), Bad()]
try:
    ws.sort()
except (TypeError, ValueError) as e:
    print(type(e).__name__, e, len(ws))
