class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg, code)
        self.code = code


class Deeper(ValueError):
    def __init__(self, what):
        ValueError.__init__(self, f"bad {what}")


try:
    raise AppError("failed", 3)
except AppError as e:
    print(e, e.args, e.code, repr(e))
try:
    raise Deeper("input")
except ValueError as e:
    print(e, e.args, type(e).__name__)
e = AppError("x", 1)
BaseException.__init__(e, "reset")
print(e.args)
