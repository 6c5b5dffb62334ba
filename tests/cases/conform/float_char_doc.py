# float() through __float__/__index__; %c pads right; bytes.istitle; class __doc__.
class D:
    def __float__(self):
        return 7.0
class I:
    def __index__(self):
        return 3
print(float(D()), float(I()))
print('[%3c] [%-3c] [%3c]' % ('q', 'r', 65))
print(b'1'.istitle(), b'Ab Cd'.istitle(), b'ab'.istitle())
class A:
    "doc of A"
class B(A):
    pass
print(A.__doc__, B.__doc__, type('N', (), {}).__doc__, A().__doc__)
