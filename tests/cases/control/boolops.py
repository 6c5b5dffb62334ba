x = None
print(x or "default", 0 or [] or "last", 1 and 2, 0 and 2, "" or 0)
print(None and 1, [1] and [2], 3 or crash())
a = 5
print(a > 3 and a < 10, a < 3 or a > 4, not (a == 5))
def crash():
    raise RuntimeError("should not run")
print(False and crash(), True or crash())
