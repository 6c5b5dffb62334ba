from collections import deque, namedtuple

P = namedtuple('P', 'a')


def key_error(obj, key):
    try:
        obj[key]
    except (TypeError, IndexError) as exc:
        return str(exc)
    return None


for obj, key in (([1], 'k'), ([1], 1.5), ((1,), 'k'), (P(1), 'k'), (range(3), 'k'), (b'ab', 'k'), ('ab', 'k'),
                 ('ab', 1.5), (deque([1]), 'k')):
    print(key_error(obj, key))
for v in (0x110000, -1, 10**20, 65):
    try:
        print(format(v, 'c'), '{:c}'.format(v))
    except OverflowError as e:
        print(e)
