import copy
import random
from collections import defaultdict, deque
from functools import partial


class Shrink:
    def __deepcopy__(self, memo):
        shrinking.clear()
        return "ok"


shrinking = [Shrink(), "a", "b"]
print(copy.deepcopy(shrinking))


class GrowDict:
    def __deepcopy__(self, memo):
        source["added"] = 1
        return "ok"


source = {"k": GrowDict(), "z": 2}
try:
    copy.deepcopy(source)
except RuntimeError as e:
    print("RuntimeError", e)


class ClearDeque:
    def __deepcopy__(self, memo):
        dq.clear()
        return "ok"


dq = deque([ClearDeque(), 1])
try:
    copy.deepcopy(dq)
except RuntimeError as e:
    print("RuntimeError", e)


class OptedOut:
    __copy__ = None
    __deepcopy__ = None

    def __init__(self):
        self.items = [1]


o = OptedOut()
print(copy.copy(o).items is o.items, copy.deepcopy(o).items is not o.items)
memo = {}
src = [[1]]
dup = copy.deepcopy(src, memo)
print(memo[id(src)] is dup, copy.deepcopy(src, memo) is dup)


def take(*args, **kwargs):
    return args, kwargs


holder = []
cyc = partial(take, holder)
holder.append(cyc)
cc = copy.deepcopy(cyc)
print(cc.args[0][0] is cc, copy.copy(cyc) is not cyc, copy.copy(cyc).args[0] is holder)
dd = defaultdict(list)
dd.default_factory = 42
try:
    copy.deepcopy(dd)
except TypeError as e:
    print("TypeError", e)
rng = random.Random(5)
rng.random()
twin = copy.copy(rng)
print(twin is not rng, twin.random() == rng.random(), copy.deepcopy(rng).random() == rng.random())
