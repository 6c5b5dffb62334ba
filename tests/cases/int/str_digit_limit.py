# CPython's 4300-digit limit on int <-> decimal text (found by tests/fuzz).
def t(f):
    try:
        r = f()
        print(len(r) if isinstance(r, str) else r)
    except ValueError as e:
        print("ValueError", e)
x = 10**4299
y = 10**4300
t(lambda: str(x))
t(lambda: str(y))
t(lambda: repr(-y))
t(lambda: f"{y}")
t(lambda: "%d" % y)
t(lambda: format(y, ","))
t(lambda: hex(y)[:5])
t(lambda: int("1" * 4300) > 0)
t(lambda: int("1" * 4301))
t(lambda: str([y]))
try:
    print(y)
except ValueError as e:
    print("print:", e)
print("after")
