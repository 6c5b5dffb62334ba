# error: 'IntFlag' of the module 'enum' is not supported yet
import enum

class C(enum.IntFlag):
    A = 1
