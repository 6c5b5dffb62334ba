# A nested function whose comprehension reuses a captured name: the first
# iterable is evaluated outside the comprehension, so it is the captured one.
def outer_capture_same_name():
    x = [1, 2, 3]
    def inner():
        return [x for x in x]
    return inner()
print(outer_capture_same_name())
def nested():
    rows = [[1, 2], [3]]
    def inner():
        return [[v * 2 for v in row] for row in rows]
    return inner()
print(nested())
def gen_capture():
    data = "abc"
    def inner():
        return list(c.upper() for c in data), {k: len(k) for k in data}
    return inner()
print(gen_capture())
def uses_both():
    n = 10
    def inner():
        a = [n for n in range(3)]
        return a, n
    return inner()
print(uses_both())
