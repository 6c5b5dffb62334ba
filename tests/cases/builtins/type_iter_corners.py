def err(f):
    try:
        return f()
    except TypeError as e:
        return "TypeError: %s" % e


print(err(lambda: type(1, x=1)), err(lambda: type('A', (), {}, x=1)), err(lambda: type(None, (), {})))
print(err(lambda: type('A', [], {}, x=1)), err(lambda: type('A', (), [])), err(lambda: type()), err(lambda: type('A', ())))
calls = [0]


def stops():
    calls[0] += 1
    if calls[0] >= 3:
        raise StopIteration
    return calls[0]


it = iter(stops, 99)
print(list(it), list(it), calls)


class Sentinel:
    def __eq__(self, other):
        print("sentinel compared with", other)
        return other == 2


n = [0]


def count():
    n[0] += 1
    return n[0]


print(list(iter(count, Sentinel())))
