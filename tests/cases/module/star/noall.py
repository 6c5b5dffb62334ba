plain = 3.5
_private = "hidden"


def helper_fn(x):
    return x * 10
