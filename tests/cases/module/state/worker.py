import config


def describe():
    return config.settings["mode"] + ":" + str(config.LEVEL)


def total():
    return sum(config.items)


def bump():
    config.LEVEL += 1


def level_seen():
    return config.LEVEL
