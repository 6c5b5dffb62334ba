from contextlib import ExitStack, contextmanager, suppress, AbstractContextManager, ContextDecorator
import contextlib

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    files = [stack.enter_context(res(n, log)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback")
    print(files)
print(log)

def cleanup(*exc):
    print("cleanup saw", exc[0].__name__ if exc[0] else None)
    return False

try:
    with ExitStack() as st:
        st.push(cleanup)
        raise ValueError("v")
except ValueError as e:
    print("ValueError", e)

with ExitStack() as st:
    st.push(lambda *exc: True)
    raise KeyError("suppressed by the stack")
print("suppressed")

with ExitStack() as st:
    st.callback(print, "deferred", 1, sep="-")
    moved = st.pop_all()
print("popped")
moved.close()

try:
    with ExitStack() as st:
        st.enter_context(42)
except TypeError as e:
    print(e)

class Tracker(AbstractContextManager):
    def __exit__(self, *exc):
        print("tracker exit")
with Tracker() as t:
    print(type(t).__name__)

class mycontext(ContextDecorator):
    def __enter__(self):
        print("Starting")
        return self
    def __exit__(self, *exc):
        print("Finishing")
        return False

@mycontext()
def function():
    print("The bit in the middle")
function()
with mycontext():
    print("in with")

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)

with suppress(ZeroDivisionError):
    1 / 0
with contextlib.nullcontext() as n:
    print(n)

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("converted")
try:
    with transform():
        1 / 0
except ValueError as e:
    print("got", e, type(e.__context__).__name__)

@contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration("x")
except StopIteration as e:
    print("StopIteration passes", e)
def count():
    with ExitStack() as stack:
        for i in range(3):
            stack.callback(print, "unwind", i)
        return "ret"
print(count())
