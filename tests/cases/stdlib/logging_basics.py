# logging: the hierarchy, levels, handlers, filters, %/{ formats, adapters, extra, exception tracebacks, disable, basicConfig to stdout.
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
import logging
import sys

logging.warning("root warning %d", 1)
logging.info("not shown")
log = logging.getLogger("app")
log.error("app error: %s", "x")
log.debug("hidden")
child = logging.getLogger("app.db")
print(child.parent is log, child.getEffectiveLevel(), log.name, child.name, repr(child), repr(logging.getLogger()))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s [%(levelname)s] %(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
child.debug("debug from child %s", {"k": 1})
child.info("dict args %(a)s", {"a": 5})
log.propagate = False
child.warning("only app handler")
def fail():
    raise ZeroDivisionError("division by zero")
class PathFree(logging.Formatter):
    # The traceback names this file by its absolute path, which differs between checkouts.
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__.rsplit("/", 1)[0] + "/", "")
h.setFormatter(PathFree("%(name)s [%(levelname)s] %(message)s"))
try:
    fail()
except ZeroDivisionError:
    log.exception("failed")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
h.addFilter(OnlyOdd())
for i in range(4):
    log.info("n=%d", i)
h.filters.clear()
fmt2 = logging.Formatter("{levelname}|{name}|{message}", style="{")
h.setFormatter(fmt2)
log.critical("braces")
adapter = logging.LoggerAdapter(log, {"user": "ann"})
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.info("adapted")
log.info("extra", extra={"user": "bob"})
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(25), log.isEnabledFor(5))
logging.addLevelName(25, "NOTICE")
h.setFormatter(logging.Formatter("%(levelname)s %(levelno)d %(message)s"))
log.log(25, "custom level")
logging.disable(logging.INFO)
log.info("disabled")
log.warning("still on")
logging.disable(logging.NOTSET)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
other = logging.getLogger("other")
other.warning("last resort")
print(other.hasHandlers(), log.hasHandlers(), logging.root.handlers[0].level)
null = logging.getLogger("lib")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("nothing")
h2 = logging.StreamHandler(sys.stdout)
h2.setLevel(logging.ERROR)
log.addHandler(h2)
log.warning("h only")
log.error("both")
print(log.handlers[0] is h, len(log.handlers))
