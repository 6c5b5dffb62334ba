def check(x):
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x

def wrapper(x):
    try:
        return check(x)
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper(-5)
except ValueError as e:
    print("outer got:", e, e.args)
try:
    raise IndexError
except IndexError as e:
    print("bare class:", repr(e), str(e) == "")
try:
    raise RuntimeError("a", 1)
except Exception as e:
    print(e, repr(e), type(e).__name__)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    {}["missing"]
except LookupError as e:
    print("lookup:", e, type(e).__name__)
