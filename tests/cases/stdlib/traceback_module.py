import sys
import traceback

def inner(n):
    if n == 0:
        raise ValueError("bottom reached")
    inner(n - 1)

def strip(text):
    # File paths differ between machines: keep the file's base name.
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit("/", 1)[-1])
        out.append(line)
    return "\n".join(out)

try:
    inner(2)
except ValueError as e:
    print(strip(traceback.format_exc()))
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e, e.__traceback__ is not None)
    pieces = traceback.format_exception(e)
    print(len(pieces), pieces[0], pieces[-1], end="")
    print(traceback.format_exception_only(e))
    print(len(traceback.format_tb(e.__traceback__)), e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
    print(strip("".join(traceback.format_exception(e, limit=1))))
print(sys.exc_info(), traceback.format_exc(), end="")

try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as r:
    text = traceback.format_exc()
    print("direct cause" in text, text.count("Traceback"), strip(text.splitlines()[-1]))
    print(len(traceback.format_exception(r, chain=False)), traceback.format_exception_only(type(r), r))

def handler():
    return sys.exc_info()[1]
try:
    raise KeyError("in helper")
except KeyError:
    print(repr(handler()))
print(handler())
try:
    raise TypeError("t")
except TypeError:
    try:
        raise IndexError("i")
    except IndexError:
        print(repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))
traceback.print_exc()
print(ValueError("fresh").__traceback__)
