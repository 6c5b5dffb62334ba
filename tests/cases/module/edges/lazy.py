def __getattr__(name):
    if name in ("thing", "other"):
        return name.upper()
    raise AttributeError(name)
