"""Logging (pyaot's own `logging` module, written from the documentation):
loggers in a dotted hierarchy under the root logger, levels, handlers
writing to streams, filters, formatters with the `%`, `{` styles, and
`basicConfig`. What it writes is what CPython's writes.

A record knows where its logging call was made (`pathname`, `filename`,
`module`, `lineno`, `funcName`) from the mark the compiler puts on that
call (a method call named as the logging methods are, in the program's
own code, or of this module's functions called as `logging.info(...)`).
A record made otherwise (through a function or method stored in a
variable, or with a `stacklevel`)
does not, and formatting one of those fields of it is an error rather
than a made-up value. pyaot keeps no call frames, so `stack_info` and
the process and thread identities are missing, and `asctime` waits for
`time.strftime`: a format naming one is an error when the formatter is
made. `$`-style formats wait for `string.Template`: what needs them is
listed in `__pyaot_refused__`."""

import sys
import time
import traceback
from _pyaot_logging import _pyaot_caller as _caller
from _pyaot_io import _pyaot_getcwd

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "Filter", "Formatter", "Handler", "INFO",
           "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "FileHandler", "WARN", "WARNING",
           "addLevelName", "basicConfig", "critical", "debug", "disable", "error", "exception", "fatal",
           "getLevelName", "getLogger", "getLoggerClass", "info", "log", "setLoggerClass", "shutdown", "warn",
           "warning", "getLevelNamesMapping", "lastResort", "raiseExceptions"]

__pyaot_refused__ = ["BufferingFormatter", "captureWarnings", "makeLogRecord", "setLogRecordFactory",
                     "getLogRecordFactory", "PercentStyle", "StrFormatStyle", "StringTemplateStyle",
                     "currentframe", "getHandlerByName", "getHandlerNames", "handlers", "config"]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG",
                NOTSET: "NOTSET"}
_nameToLevel = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING, "WARNING": WARNING,
                "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}

raiseExceptions = True
logThreads = False
logMultiprocessing = False
logProcesses = False

_startTime = time.time()

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# The record attributes pyaot does not have (see the module's docstring).
_UNKNOWN_FIELDS = ("stack_info", "thread", "threadName", "process", "processName", "taskName")

# Where the logging call was made: what a record made without its place lacks.
_FRAME_FIELDS = ("pathname", "filename", "module", "lineno", "funcName")


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level (`"Level %s"` for one without), or the level of
    a name."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


_NO_SITE = object()


def _place(logger, kwargs):
    """Where the logging call running on `logger` was made: as this
    module's own caller passes it on, else the mark on the program's call
    (None when it has none)."""
    site = kwargs.pop("_pyaot_site", _NO_SITE)
    return _caller(logger) if site is _NO_SITE else site


class LogRecord:
    """One event being logged: its logger's name, level, message and
    arguments, the exception it carries, and when it was made."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        self.pathname = pathname
        # The file's name, and the module's (without `.py`).
        self.filename = pathname.rpartition("/")[2] if isinstance(pathname, str) else pathname
        if isinstance(self.filename, str):
            self.module = self.filename[:-3] if self.filename.endswith(".py") else self.filename
        else:
            self.module = "Unknown module"
        self.lineno = lineno
        self.funcName = func
        self.stack_info = sinfo
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.exc_info = exc_info
        self.exc_text = None
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000

    def __repr__(self):
        return "<LogRecord: %s, %s, %s, %s, \"%s\">" % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in (`msg % args`)."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class _PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        if self._fmt.find("%(") < 0:
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def fields(self):
        """The record attributes the format names."""
        out = []
        rest = self._fmt
        while "%(" in rest:
            rest = rest[rest.index("%(") + 2:]
            if ")" in rest:
                out.append(rest[:rest.index(")")])
        return out

    def _format(self, record):
        values = dict(self._defaults) if self._defaults else {}
        values.update(record.__dict__)
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


class _StrFormatStyle(_PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def validate(self):
        if "{" not in self._fmt:
            raise ValueError("invalid format: no fields")

    def fields(self):
        out = []
        rest = self._fmt
        while "{" in rest:
            rest = rest[rest.index("{") + 1:]
            name = ""
            for ch in rest:
                if ch in "}!:[.":
                    break
                name += ch
            if name:
                out.append(name)
        return out

    def _format(self, record):
        values = dict(self._defaults) if self._defaults else {}
        values.update(record.__dict__)
        return self._fmt.format(**values)


_STYLES = {"%": (_PercentStyle, BASIC_FORMAT), "{": (_StrFormatStyle, "{levelname}:{name}:{message}")}


class Formatter:
    """Turns a record into text: `fmt` (`%(message)s` by default) over the
    record's attributes, then the exception's traceback if it has one."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            if style == "$":
                raise NotImplementedError("pyaot: logging's '$' format style (string.Template) is not supported yet")
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        for field in self._style.fields():
            if field == "asctime":
                raise NotImplementedError("pyaot: the logging record field 'asctime' is not supported yet "
                                          "(it needs time.localtime and time.strftime)")
            if field in _UNKNOWN_FIELDS:
                raise NotImplementedError("pyaot: the logging record field '%s' is not supported yet "
                                          "(pyaot keeps no call frames)" % field)
        self._frame_fields = [f for f in self._style.fields() if f in _FRAME_FIELDS]
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        raise NotImplementedError("pyaot: Formatter.formatTime is not supported yet "
                                  "(it needs time.localtime and time.strftime)")

    def formatException(self, ei):
        """The traceback of `ei` (an exc_info triple), without its last newline."""
        s = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        if self._frame_fields and getattr(record, "_pyaot_placeless", False):
            raise NotImplementedError("pyaot: the logging record field '%s' of a record made without its call's "
                                      "place (a logging method called through a variable, or a stacklevel) is "
                                      "not supported (pyaot keeps no call frames)" % self._frame_fields[0])
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        return s


_defaultFormatter = Formatter()


class Filter:
    """Lets through the records of the logger named `name` and its
    descendants (all records when `name` is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    """What loggers and handlers share: a list of filters, each a `Filter`
    or a callable taking the record."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
            if isinstance(result, LogRecord):
                record = result
        return record


_handlers = []


class Handler(Filterer):
    """Sends records somewhere: `emit` does, for the records at or above
    its level that its filters let through."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlers.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        rv = self.filter(record)
        if isinstance(rv, LogRecord):
            record = rv
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True

    def handleError(self, record):
        if raiseExceptions:
            sys.stderr.write("--- Logging error ---\n")
            traceback.print_exc(file=sys.stderr)
            sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each record's text and `terminator` to a stream (standard
    error by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            self.stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        name = getattr(self.stream, "name", "")
        name = str(name)
        if name:
            name += " "
        return "<%s %s(%s)>" % (type(self).__name__, name, getLevelName(self.level))


def _abspath(path):
    """`os.path.abspath`: the path from the working directory, with `.`,
    `..` and doubled slashes resolved."""
    if not path.startswith("/"):
        path = _pyaot_getcwd() + "/" + path
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/" + "/".join(parts)


class FileHandler(StreamHandler):
    """Writes records to a file, opened (with `mode`, `encoding` and
    `errors`) when the handler is made, or at the first record if `delay`."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = _abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != "w" or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def close(self):
        try:
            if self.stream:
                try:
                    self.flush()
                finally:
                    stream = self.stream
                    self.stream = None
                    stream.close()
        finally:
            StreamHandler.close(self)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The handler of last resort: standard error as it is at each write."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """A handler that does nothing (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass


class PlaceHolder:
    """Stands in the hierarchy for a logger not made yet (`a` when only
    `a.b` has been asked for)."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


class Manager:
    """The table of loggers by name, keeping each one's parent right as
    loggers are made in any order."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        rv = None
        if name in self.loggerDict:
            rv = self.loggerDict[name]
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        else:
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    """A named channel of messages: what reaches a level at or above its
    effective level goes to its handlers and, while `propagate`, its
    ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        _pyaot_site = _place(self, kwargs)
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, _pyaot_site=_pyaot_site, **kwargs)

    def info(self, msg, *args, **kwargs):
        _pyaot_site = _place(self, kwargs)
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, _pyaot_site=_pyaot_site, **kwargs)

    def warning(self, msg, *args, **kwargs):
        _pyaot_site = _place(self, kwargs)
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, _pyaot_site=_pyaot_site, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def error(self, msg, *args, **kwargs):
        _pyaot_site = _place(self, kwargs)
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, _pyaot_site=_pyaot_site, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, _pyaot_site=_place(self, kwargs), **kwargs)

    def critical(self, msg, *args, **kwargs):
        _pyaot_site = _place(self, kwargs)
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, _pyaot_site=_pyaot_site, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def log(self, level, msg, *args, **kwargs):
        _pyaot_site = _place(self, kwargs)
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, _pyaot_site=_pyaot_site, **kwargs)

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            own = rv.__dict__
            for key in extra:
                if (key in ["message", "asctime"]) or (key in own):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                setattr(rv, key, extra[key])
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1, _pyaot_site=None):
        if stack_info:
            raise NotImplementedError("pyaot: logging's stack_info is not supported yet (pyaot keeps no call frames)")
        # The place a further `stacklevel` names is a frame pyaot does not keep.
        site = _pyaot_site if stacklevel == 1 else None
        if site is None:
            fn, lno, func = "(unknown file)", 0, "(unknown function)"
        else:
            fn, lno, func = site
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, None)
        if site is None:
            record._pyaot_placeless = True
        self.handle(record)

    def handle(self, record):
        if self.disabled:
            return
        maybe_record = self.filter(record)
        if not maybe_record:
            return
        if isinstance(maybe_record, LogRecord):
            record = maybe_record
        self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            c = c.parent
        return rv

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            if self.manager.disable >= level:
                is_enabled = self._cache[level] = False
            else:
                is_enabled = self._cache[level] = level >= self.getEffectiveLevel()
            return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, self.name, level)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named `root`."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def getLogger(name=None):
    """The logger named `name` (the root logger without one), made on first use."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


class LoggerAdapter:
    """A logger that adds `extra` to every record it logs (`process`
    decides how)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, _pyaot_site=_place(self, kwargs), **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, _pyaot_site=_place(self, kwargs), **kwargs)

    def log(self, level, msg, *args, **kwargs):
        site = _place(self, kwargs)
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, _pyaot_site=site, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (type(self).__name__, logger.name, level)


def basicConfig(**kwargs):
    """Gives the root logger a stream handler with a formatter, unless it
    has handlers already (or `force`): the options are CPython's
    (`level`, `format`, `datefmt`, `style`, `stream`, `handlers`, `force`)."""
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                if "b" in mode:
                    errors = None
                handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
            else:
                stream = kwargs.pop("stream", None)
                handlers = [StreamHandler(stream)]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def _configured_root():
    # The module-level functions give the root logger a handler first, if it has none.
    if len(root.handlers) == 0:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, _pyaot_site=_caller(None), **kwargs)


def fatal(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, _pyaot_site=_caller(None), **kwargs)


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, _pyaot_site=_caller(None), **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    _configured_root().error(msg, *args, exc_info=exc_info, _pyaot_site=_caller(None), **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, _pyaot_site=_caller(None), **kwargs)


def warn(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, _pyaot_site=_caller(None), **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, _pyaot_site=_caller(None), **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, _pyaot_site=_caller(None), **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, _pyaot_site=_caller(None), **kwargs)


def disable(level=CRITICAL):
    """Turns off every record at or below `level`, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlers):
    """Flushes and closes every handler made (called at exit)."""
    for h in reversed(handlerList[:]):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass
