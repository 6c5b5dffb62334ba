class B:
    def __str__(self):
        raise ValueError('x')
try:
    print('a', B(), 'c')
except ValueError:
    pass
print('|')
try:
    print(B())
except ValueError:
    pass
print('|')
class B:
    def __repr__(self):
        raise ValueError('r')
for f in (repr, ascii, str):
    try:
        print(f(B()))
    except ValueError as e:
        print(f.__name__, e)
