"""Helper module."""
print("loading helper", __name__)
VALUE = 42
_count = 0


def add(a, b):
    return a + b


def greet(s):
    return "hi " + s


def get_value():
    return VALUE


def counter():
    global _count
    _count += 1
    return _count


def scale(x):
    return x * 0.5


if __name__ == "__main__":
    print("never: helper is imported")
