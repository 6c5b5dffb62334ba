# A logging record knows where its call was made: pathname (file name
# here, the directory stripped), lineno, funcName and module, for logger
# methods, module functions, adapters, nested calls and comprehensions.
import logging
import sys

class Short(logging.Formatter):
    def formatException(self, ei):
        return "(" + ei[0].__name__ + ")"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Short("%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s | %(message)s"))
log = logging.getLogger("app")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def work(n):
    log.info("working on %d", n)
    if n > 1:
        log.debug("deeper")
        work(n - 1)
    return n


class Service:
    def run(self):
        log.warning("running %s", type(self).__name__)
        [log.error("in a comprehension %d", i) for i in range(2)]
        fn = lambda: log.critical("in a lambda")
        fn()


def describe():
    log.info("describing")
    return "described"


log.info("top level")
work(2)
Service().run()
log.info("outer call, argument %s", describe())
log.log(logging.WARNING, "via log()")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")

adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("through an adapter")

root_handler = logging.StreamHandler(sys.stdout)
root_handler.setFormatter(logging.Formatter("root %(funcName)s:%(lineno)d %(message)s"))
logging.getLogger().addHandler(root_handler)
logging.getLogger().setLevel(logging.INFO)


def helper():
    logging.warning("module function")
    logging.info("module info")


helper()
logging.error("at module level")

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{funcName}/{lineno}: {message}", style="{"))
other = logging.getLogger("other")
other.addHandler(brace)
other.propagate = False
other.warning("brace style")


class Quiet:
    def info(self, msg):
        print("not a logger:", msg)


Quiet().info("hello")
log.info("after a non-logger info()")
record = log.makeRecord("x", logging.INFO, "f.py", 7, "m", (), None, "fn")
print(record.filename, record.module, record.lineno, record.funcName)
