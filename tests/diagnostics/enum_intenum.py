# error: 'IntEnum' of the module 'enum' is not supported yet
import enum

class C(enum.IntEnum):
    A = 1
