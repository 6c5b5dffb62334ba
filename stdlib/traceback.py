"""Printing and formatting exceptions (pyaot's own `traceback` module,
written from the documentation): `format_exception`, `print_exception`,
`format_exception_only`, `format_exc`, `print_exc`, `format_tb`,
`print_tb`. The reports are the runtime's (`_pyaot_traceback`), the same
text an uncaught exception prints.

pyaot keeps no frame objects: the stack-walking functions (`extract_*`,
`walk_*`, `print_stack`, `format_stack`, `StackSummary`, `FrameSummary`,
`TracebackException`) are listed in `__pyaot_refused__`."""

import sys
from _pyaot_traceback import format_exception as _chunks, format_exception_only as _only, format_tb as _tb

__all__ = ["format_exc", "format_exception", "format_exception_only", "format_tb", "print_exc",
           "print_exception", "print_tb", "print_last"]

__pyaot_refused__ = ["extract_tb", "extract_stack", "format_list", "print_list", "format_stack", "print_stack",
                     "walk_stack", "walk_tb", "StackSummary", "FrameSummary", "TracebackException",
                     "clear_frames"]

_sentinel = object()


def _value(exc, value):
    if value is _sentinel:
        return exc
    return value


def _limited(chunks, limit):
    """The report with at most `limit` frames (the last `-limit` when negative)."""
    if limit is None:
        return chunks
    frames = [i for i, c in enumerate(chunks) if c.startswith("  File ")]
    if limit >= 0:
        drop = frames[limit:]
    else:
        drop = frames[:limit] if -limit < len(frames) else []
    return [c for i, c in enumerate(chunks) if i not in drop]


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The report of an exception as a list of strings ending in newlines:
    the "Traceback" header, a piece per frame, the exception's line, and
    before them the chained exceptions' reports (when `chain`)."""
    value = _value(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _limited(_chunks(value, chain), limit)


def format_exception_only(exc, /, value=_sentinel):
    """The last line of the report: `ValueError: message`."""
    return _only(_value(exc, value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Writes the report of an exception to `file` (stderr)."""
    if file is None:
        file = sys.stderr
    for piece in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(piece, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Writes the report of the exception being handled to `file` (stderr)."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Writes the report of the last uncaught exception (`sys.last_value`)."""
    raise ValueError("no last exception")


def format_tb(tb, limit=None):
    """A piece per frame of a traceback object."""
    return _limited(_tb(tb), limit)


def print_tb(tb, limit=None, file=None):
    """Writes the frames of a traceback object to `file` (stderr)."""
    if file is None:
        file = sys.stderr
    for piece in format_tb(tb, limit):
        print(piece, file=file, end="")
