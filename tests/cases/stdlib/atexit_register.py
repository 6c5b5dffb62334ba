import atexit

def bye(name, punct="!"):
    print("bye", name + punct)

@atexit.register
def first():
    print("registered first, runs last")

atexit.register(bye, "world")
atexit.register(bye, "kw", punct="?")
atexit.register(print, "dropped")
atexit.unregister(print)

def boom():
    raise ValueError("in atexit")
atexit.register(boom)
print(first.__name__)
print("main done")
