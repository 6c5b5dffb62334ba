# error: a class deriving from the builtin 'bytearray' is not supported yet
class Buffer(bytearray):
    pass
