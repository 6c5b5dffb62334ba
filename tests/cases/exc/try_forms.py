def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return 10 // (n - 2)

for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print("value", e)
    except (KeyError, IndexError) as e:
        print("lookup", e, repr(e))
    except ZeroDivisionError:
        print("zero division")
    else:
        print("ok", r)
    finally:
        print("finally", n)
