# What a fused generator's frame holds goes when the loop stops, and each
# loop starts with fresh variables, as with a real generator frame.


def resource(name):
    # Not fused (its yields are in a try): a real generator, closed when dropped.
    try:
        yield name + "1"
        yield name + "2"
    finally:
        print("  closed", name)


def relay(it):
    for x in it:
        yield x


def relay_local(name):
    r = resource(name)
    for x in r:
        yield x.upper()


for v in relay(resource("a")):
    print(v)
    break
print("after a")

for v in relay_local("b"):
    print(v)
    break
print("after b")

for v in relay_local("c"):
    print(v)
print("after c")


def stop_at(n):
    for v in relay(resource("d")):
        if v.endswith(str(n)):
            return v
    return None


print(stop_at(1))
print("after d")

try:
    for v in relay_local("e"):
        raise KeyError(v)
except KeyError as e:
    print("KeyError", e)
print("after e")


def maybe(flag):
    if flag:
        x = "set"
    yield x


for flag in [True, False]:
    try:
        for v in maybe(flag):
            print("maybe", v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def nested(n):
    for i in range(n):
        yield [i] * i


rows = []
for _ in range(2):
    for row in nested(3):
        rows.append(row)
print(rows)
