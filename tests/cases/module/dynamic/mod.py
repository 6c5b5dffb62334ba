NAME = "original"


def get_name():
    return NAME


def __getattr__(name):
    if name in ("lazy", "other"):
        return "computed " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
