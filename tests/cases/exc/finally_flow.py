def f():
    try:
        return "from try"
    finally:
        print("cleanup f")

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"

def h():
    try:
        raise ValueError("inner")
    finally:
        print("h cleanup")

print(f())
print(g())
try:
    h()
except ValueError as e:
    print("caught", e)

def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
        return 1
    finally:
        print("outer finally")

print(nested())
