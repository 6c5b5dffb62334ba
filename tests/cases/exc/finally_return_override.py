def f():
    try:
        return 1
    finally:
        print("finally runs before the return completes")

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return -1

print(f(), g(), h())
