def f():
    return "b.f"
