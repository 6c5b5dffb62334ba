"""`from m import f`: the importer's name is m's function, bound by the import."""


def early():
    return compute(2)


try:
    early()
except NameError as e:
    print("NameError:", e)

from lib import compute, fast_sum as fs

print(early(), compute(3), fs(10000))
try:
    import cyc_a
except ImportError as e:
    print(type(e).__name__, e.name, "partially initialized" in str(e))
import lib

print(lib.fast_sum(3), lib.calls)
