class SliceReceiver:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        self.key = key
        self.value = value

    def __delitem__(self, key):
        print("del", key)


r = SliceReceiver()
k = r[1:5:2]
print(k, k.start, k.stop, k.step, r[::], r['a':'b'], r[1:2, 3], type(k) is slice, isinstance(k, slice))
r[1:5] = 'v'
print(r.key, r.value)
del r[:3]
s = slice(1, 10, 2)
print(s, slice(5), slice(1, 2), s.indices(5), slice(None, None, -1).indices(5), [0, 1, 2, 3, 4, 5][s], 'abcdefgh'[slice(-3, None)])
print(s == slice(1, 10, 2), s != slice(1, 10), repr(slice('a', None)))
lst = list(range(10))
lst[slice(0, 4)] = ['x']
del lst[slice(None, None, 2)]
print(lst)
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    {}[1:2]
except TypeError as e:
    print(e)


class Idx:
    def __index__(self):
        return 2


print('abcdef'[Idx():], [1, 2, 3, 4][:Idx()], (1, 2, 3)[Idx()::-1])
