"""A helper."""
VALUE = 3


def names():
    return [k for k in globals() if not k.startswith("__")]
