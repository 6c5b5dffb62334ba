try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print("caught", e)
print("then uncaught:")
raise KeyError("final")
