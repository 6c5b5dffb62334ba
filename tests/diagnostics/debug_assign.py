# error: cannot assign to __debug__
__debug__ = False
print(__debug__)
