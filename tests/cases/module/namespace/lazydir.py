def __dir__():
    return ["zeta", "alpha"]
