from . import VERSION


def helper():
    return "util:" + VERSION
