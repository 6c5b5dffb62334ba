# logging to files: basicConfig(filename=...), FileHandler (delay, modes).
import logging

logging.basicConfig(filename="app.log", filemode="w", level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("first")
log = logging.getLogger("mod")
log.warning("second %d", 2)
h = logging.FileHandler("other.log", mode="w", delay=True)
print(h.stream, h.baseFilename.endswith("/other.log"), h.mode, h.delay)
log.addHandler(h)
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
log.error("to both")
print(h.stream is not None, repr(h).endswith("other.log (NOTSET)>"), repr(h).startswith("<FileHandler /"))
h.close()
log.removeHandler(h)
logging.shutdown()
print(open("app.log").read(), end="")
print(open("other.log").read(), end="")
a = logging.FileHandler("app.log")
rec = logging.LogRecord("x", logging.INFO, "p", 1, "appended", None, None)
a.emit(rec)
a.close()
print(open("app.log").read().splitlines()[-1])
try:
    logging.basicConfig(filemode="w", force=True)
except ValueError as e:
    print(e)
