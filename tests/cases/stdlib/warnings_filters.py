# warnings: warn (strings, instances, categories) through CPython's default filters, simplefilter/filterwarnings/resetwarnings, the default/once/module/always/error/ignore actions, catch_warnings(record=True), showwarning replaced, formatwarning.
# pyaot-test: inference-only
import warnings
import sys

def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", warnings.formatwarning(message, category, filename.split("/")[-1], lineno, line), end="")

warnings.showwarning = show
warnings.warn("plain")
warnings.warn("twice")  # same text, other line
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
from warnings import warn
warn("imported name", FutureWarning)
def helper():
    warnings.warn("from a function", UserWarning)
helper()
helper()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", SyntaxWarning)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught], caught[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", e)
warnings.warn("after the block")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as c2:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("always", category=UserWarning)
    warnings.filterwarnings("ignore", message="SKIP")
    warnings.warn("skip me")
    warnings.warn("Skip me too")
    warnings.warn("keep me")
    warnings.warn("keep me")
print([str(w.message) for w in c2])
with warnings.catch_warnings(record=True) as c3:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.simplefilter("module")
    warnings.warn("mod")
    warnings.warn("mod")
print([str(w.message) for w in c3])
try:
    warnings.warn("bad", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  "), end="")
print(warnings.formatwarning("msg", UserWarning, "f.py", 3), end="")
print(len(warnings.filters) > 0, warnings.filters[-1][0], warnings.filters[-1][2].__name__)
warnings.resetwarnings()
print(warnings.filters)
