# error: writing into an object's __dict__ (set its attributes instead) is not supported yet
# pyaot's __dict__ is a snapshot of the attributes: writing into it would
# silently change nothing, so it is refused.
class Bunch:
    def __init__(self, **kw):
        self.__dict__.update(kw)


b = Bunch(a=1)
print(b.a)
