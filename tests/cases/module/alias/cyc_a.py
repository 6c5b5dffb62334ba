import cyc_b


def late_fn():
    return 1
