import sys
from collections import Counter, deque


# === list: repr sees live length, so mid-repr pops truncate the output ===
class ListPopper:
    def __repr__(self):
        xs.pop()
        return 'X'


xs = [ListPopper(), ListPopper(), ListPopper()]
print(repr(xs))


# === list: mid-repr appends are picked up (each element appends once) ===
class ListGrower:
    def __init__(self):
        self.done = False

    def __repr__(self):
        if not self.done:
            self.done = True
            ys.append('tail')
        return 'X'


ys = [ListGrower(), ListGrower()]
print(repr(ys))



class KeyAdder:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return self is other

    def __repr__(self):
        if self.n == 1:
            d['new'] = 99
        if self.n == 2:
            d.pop('gone', None)
        return f'K{self.n}'


d = {KeyAdder(1): 1, KeyAdder(2): 2, 'gone': 0, 'kept': 1}
print(repr(d))
