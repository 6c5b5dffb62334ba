# A bare raise in a finally block re-raises the exception passing through it, else the one being handled outside, else RuntimeError.
def f():
    try:
        try:
            raise ValueError("v")
        finally:
            raise
    except Exception as e:
        print(type(e).__name__, e)

def g():
    try:
        try:
            pass
        finally:
            raise
    except Exception as e:
        print(type(e).__name__, e)
f()
g()

def h():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            pass
        finally:
            try:
                raise
            except KeyError as e:
                print("outer again", e)

def k():
    for i in range(2):
        try:
            try:
                if i:
                    raise IndexError(i)
            finally:
                raise
        except Exception as e:
            print(i, type(e).__name__, e)
h()
k()
