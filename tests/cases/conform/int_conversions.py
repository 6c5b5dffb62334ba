# int() of objects (__int__, __index__), of bytes; dict.fromkeys through an instance.
class A:
    def __int__(self):
        return 7
class B:
    def __index__(self):
        return 8
class C:
    def __trunc__(self):
        return 9
class D:
    def __int__(self):
        return "x"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int(A()))
t(lambda: int(B()))
t(lambda: int(D()))
t(lambda: int(object))
t(lambda: int(b"12"))
t(lambda: int(bytearray(b" -3 ")))
t(lambda: int(b"x1"))
t(lambda: {}.fromkeys(['a', 'b'], 0))
t(lambda: dict.fromkeys(range(3)))
