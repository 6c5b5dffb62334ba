"""Circular imports see the partly initialized module, as in CPython."""
import a
print("main: a.A =", a.A, "a.b_seen =", a.b_seen)
import b
print("main: b.B =", b.B, b.from_a)
try:
    import c
except ImportError as e:
    print(type(e).__name__, e.name, "partially initialized" in str(e), "circular import" in str(e))
try:
    import d
except AttributeError as e:
    print(type(e).__name__, e)
