import traceback
from contextlib import contextmanager

@contextmanager
def cm():
    try:
        yield 1
    finally:
        pass

def gen():
    with cm() as x:
        yield x
    try:
        yield 2
    finally:
        print("cleanup")
    for i in range(2):
        try:
            yield i
        except KeyError:
            pass

print(list(gen()))
try:
    raise ValueError("x")
except ValueError:
    print(traceback.format_exc().splitlines()[-1])
