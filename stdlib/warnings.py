"""Warnings (pyaot's own `warnings` module, written from the documentation):
`warn` and `warn_explicit` through the filters (CPython's defaults, with
`simplefilter`, `filterwarnings`, `resetwarnings`), the per-module
registries of the "default", "module" and "once" actions, `showwarning`
and `formatwarning` in CPython's format, and `catch_warnings`.

pyaot keeps no call frames: the compiler passes a direct call of `warn`
the place it is called from (`__pyaot_callsite__`), so `stacklevel` can
only be 1 (any other is a NotImplementedError, never a warning shown at
a wrong place), and `warn` called through a variable raises the same. A
`message` or `module` pattern of `filterwarnings` may use `.`, `.*` and
literal text until `re` exists; any other pattern is a
NotImplementedError."""

import sys
from _pyaot_warnings import _pyaot_location as _location

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

__pyaot_callsite__ = ["warn"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_filters_version = 1
# The `__warningregistry__` of each module, by the module's name.
_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Pattern:
    """A compiled `filterwarnings` pattern, matched at the start of the text
    ignoring case (`message`) or as written (`module`)."""

    def __init__(self, pattern, ignore_case):
        for ch in pattern:
            if ch in "\\[](){}?+^$|":
                raise NotImplementedError("pyaot: the warnings filter pattern %r needs the re module, "
                                          "not supported yet" % (pattern,))
        self.pattern = pattern
        self.ignore_case = ignore_case

    def match(self, text):
        pattern = self.pattern
        if self.ignore_case:
            pattern = pattern.lower()
            text = text.lower()
        return _match_here(pattern, 0, text, 0)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and self.pattern == other.pattern and \
            self.ignore_case == other.ignore_case

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return "re.compile(%r%s)" % (self.pattern, ", re.IGNORECASE" if self.ignore_case else "")


def _matches(pattern, text):
    """A filter's pattern against the text: None matches anything, a plain
    string (the default filters') only that string."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _match_here(p, i, t, j):
    """Whether `p[i:]` (literal characters, `.` and `.*`) matches a prefix of `t[j:]`."""
    while i < len(p):
        if i + 1 < len(p) and p[i + 1] == "*":
            k = j
            while True:
                if _match_here(p, i + 2, t, k):
                    return True
                if k < len(t) and (p[i] == "." or t[k] == p[i]):
                    k += 1
                else:
                    return False
        if j < len(t) and (p[i] == "." or p[i] == t[j]):
            i += 1
            j += 1
        else:
            return False
    return True


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: `action` for the warnings of `category` whose text
    matches `message` from modules matching `module` (at `lineno`)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    msg = _Pattern(message, True) if message else None
    mod = _Pattern(module, False) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter of `action` for every warning of `category`."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter (the defaults too)."""
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    """One warning as `showwarning` receives it (what `catch_warnings(record=True)` collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """`file:line: Category: message`, then the source line indented."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg(msg)


def _formatwarnmsg(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes the warning to `file` (standard error)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    # A `showwarning` the program replaced is called as CPython calls it.
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None, *, _pyaot_callsite=None):
    """Issues a warning: `category` (UserWarning by default, or the class
    of a Warning instance given as `message`) through the filters, located
    where `warn` is called."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % (type(category).__name__,))
    if _pyaot_callsite is None or stacklevel != 1:
        raise NotImplementedError("pyaot: warnings.warn needs its caller's frame (pyaot passes a direct "
                                  "call's place; stacklevel other than 1 is not supported yet)")
    line, module = _pyaot_callsite
    filename, lineno, text = _location(line)
    registry = _registries.setdefault(module, {})
    _warn(message, category, filename, lineno, module, registry, text, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    """Issues a warning at a place the caller gives."""
    _warn(message, category, filename, lineno, module, registry, None, source)


def _warn(message, category, filename, lineno, module, registry, text, source):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text_of = str(message)
        category = message.__class__
    else:
        text_of = message
        message = category(message)
    key = (text_of, category, lineno)
    if registry.get(key):
        return
    action = defaultaction
    item = None
    for item in filters:
        act, msg, cat, mod, ln = item
        if (_matches(msg, text_of) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            action = act
            break
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text_of, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text_of, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, text, source))


class catch_warnings:
    """Saves the filters and `showwarning` on entry and restores them on
    exit; with `record=True`, the warnings shown meanwhile are collected in
    the list `__enter__` returns instead."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global showwarning, _showwarnmsg_impl
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning, _showwarnmsg_impl
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _filters_mutated()
        showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl
