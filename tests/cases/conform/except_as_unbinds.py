# `except E as name:` deletes the name when the handler ends (issue 12, defect 3).
try:
    raise ValueError("x")
except ValueError as err:
    print("in handler", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

def local():
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(local())

def returns_from_handler():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return str(e)
print(returns_from_handler())

err = "before"
try:
    int("z")
except ValueError as err:
    pass
try:
    print(err)
except NameError:
    print("err unbound")

for i in range(3):
    try:
        if i == 1:
            raise RuntimeError(i)
    except RuntimeError as exc:
        print("caught", exc)
        continue
try:
    print(exc)
except NameError:
    print("exc unbound")

def rebind_after():
    try:
        raise TypeError("t")
    except TypeError as e:
        msg = str(e)
    e = "new"
    return msg, e
print(rebind_after())

def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise KeyError("outer") from e
    except KeyError as e:
        return repr(e), repr(e.__cause__)
print(nested())
