def classify(exc_kind):
    try:
        if exc_kind == 1:
            raise ZeroDivisionError("zd")
        if exc_kind == 2:
            raise OverflowError("of")
        if exc_kind == 3:
            raise KeyError("k")
        if exc_kind == 4:
            raise Exception("plain")
        return "none"
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except LookupError as e:
        return "lookup " + repr(e)
    except Exception as e:
        return "other " + str(e)

for k in range(5):
    print(k, classify(k))
try:
    raise SystemExit
except BaseException as e:
    print("base", type(e).__name__)
