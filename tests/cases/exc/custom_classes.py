# User exception classes: attributes, super().__init__, __str__, a
# hierarchy of their own, except clauses mixing builtin and user classes,
# bare raise, raise from, raising the class itself.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(f"{key} not found")
        self.key = key
        self.where = where


class Invalid(AppError, ValueError):
    def __str__(self):
        return "invalid: " + ", ".join(str(a) for a in self.args)


def fail(kind):
    if kind == 0:
        raise NotFound("user42")
    if kind == 1:
        raise Invalid("x", 3)
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        raise AppError
    return "ok"


for k in range(5):
    try:
        print(fail(k))
    except KeyError as e:
        print("KeyError", e)
    except NotFound as e:
        print("NotFound", e, e.key, e.where, e.args, isinstance(e, AppError), isinstance(e, Exception))
    except (Invalid, TypeError) as e:
        print("Invalid", e, repr(e), e.args, isinstance(e, ValueError), type(e).__name__)
    except AppError as e:
        print("AppError", repr(e), str(e) == "")
    finally:
        print("done", k)

try:
    try:
        fail(0)
    except AppError:
        print("handling, re-raising")
        raise
except NotFound as e:
    print("outer caught", e.key)

try:
    try:
        fail(2)
    except KeyError as e:
        raise Invalid("wrapped") from e
except Invalid as e:
    print(e, type(e.__cause__).__name__ if False else "cause kept")

try:
    fail(1)
except ValueError as e:
    print("as ValueError:", e)
print(issubclass(NotFound, AppError), issubclass(Invalid, (KeyError, ValueError)), issubclass(AppError, NotFound),
      issubclass(NotFound, Exception), issubclass(bool, int), NotFound.__mro__[1].__name__)
raise NotFound("final", where="cache")
