# Found by tests/fuzz (seed 5, program 149), minimized.
class C3:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return C3(self.x + (o.x if isinstance(o, C3) else o))
    def __eq__(self, o):
        return isinstance(o, C3) and self.x == o.x
    def __lt__(self, o):
        return self.x < o.x
    def __repr__(self):
        return 'C3(%r)' % (self.x,)
    def __len__(self):
        return abs(int(self.x)) % 7
o4 = C3(((2**62) ** 17) ** 54)
print(o4, o4 + 1, o4 + o4, o4 == C3(o4.x), len(o4), sorted([C3(3), o4, C3(-1)]))
