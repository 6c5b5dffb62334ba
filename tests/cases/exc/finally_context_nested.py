# An exception raised in a finally block while another propagates gets it as __context__, at any nesting of finally blocks (each block lowered once).
def show(e):
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError("a")
    finally:
        try:
            pass
        finally:
            raise KeyError("b")
except KeyError as e:
    show(e)

def deep(n):
    try:
        if n == 0:
            raise IndexError("bottom")
        deep(n - 1)
    finally:
        try:
            try:
                pass
            finally:
                if n % 2:
                    raise TypeError("level %d" % n)
        finally:
            pass

try:
    deep(5)
except Exception as e:
    show(e)

def ret():
    try:
        return 1
    finally:
        print("finally after return")
print(ret())

for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
    finally:
        print("fin", i)

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise KeyError("y")
    finally:
        raise RuntimeError("z")
except RuntimeError as e:
    show(e)

try:
    try:
        1 / 0
    finally:
        print("cleanup")
except ZeroDivisionError as e:
    show(e)
