import atexit
atexit.register(print, "cleanup after error")
try:
    atexit.register(5)
except TypeError as e:
    print(e)
raise KeyError("x")
