"""Path names matching shell-style patterns (pyaot's own `glob`, written
from the documentation): `*`, `?` and `[...]` within one path component,
`**` across any number of directories when `recursive`. Names come in the
order the directory lists them, as CPython's do; names starting with a dot
match only patterns starting with one, unless `include_hidden`."""

import os
import fnmatch

__all__ = ["escape", "glob", "iglob"]

__pyaot_refused__ = ["contextlib", "itertools", "magic_check", "magic_check_bytes", "re", "stat", "sys",
                     "_dir_open_flags"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching `pathname`."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("pyaot's glob does not take dir_fd")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    found = _walk(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and pathname[:2] == "**":
        # `**` first yields the directory itself, as an empty name.
        return (p for p in found if p)
    return found


def _walk(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_under(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_under(root_dir, dirname)):
            # A pattern ending in a slash names only directories.
            yield pathname
        return
    if not dirname:
        yield from _in_dir(root_dir, basename, recursive, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _walk(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        for name in _in_dir(_under(root_dir, d), basename, recursive, dironly, include_hidden):
            yield os.path.join(d, name)


def _in_dir(dirname, pattern, recursive, dironly, include_hidden):
    """The names under `dirname` that `pattern`, one path component,
    matches."""
    if not has_magic(pattern):
        return glob0(dirname, pattern)
    if recursive and pattern == "**":
        return _everything(dirname, dironly, include_hidden)
    names = _names(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _everything(dirname, dironly, include_hidden):
    """`**`: the directory itself (an empty name), then every name below
    it, depth first."""
    yield ""
    yield from _below(dirname, dironly, include_hidden)


def _below(dirname, dironly, include_hidden):
    for name in _names(dirname, dironly):
        if include_hidden or not _hidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            for sub in _below(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def _names(dirname, dironly):
    """The names in a directory (only subdirectories if `dironly`); none
    if it cannot be listed."""
    try:
        with os.scandir(dirname or os.curdir) as it:
            return [e.name for e in it if not dironly or e.is_dir()]
    except OSError:
        return []


def _under(dirname, name):
    """`name` inside `dirname` (either may be empty or None)."""
    if not dirname or not name:
        return dirname or name
    return os.path.join(dirname, name)


def _hidden(name):
    return name[:1] == "."


def glob0(dirname, basename):
    """`[basename]` if it exists in `dirname` (or, empty, if `dirname` is
    a directory), else `[]`."""
    if basename:
        if os.path.lexists(_under(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname or ""):
        return [basename]
    return []


def glob1(dirname, pattern):
    """The names in `dirname` matching `pattern` (hidden ones only for a
    pattern starting with a dot)."""
    return _in_dir(dirname, pattern, False, False, False)


def has_magic(s):
    """Whether `s` holds a wildcard."""
    return "*" in s or "?" in s or "[" in s


def escape(pathname):
    """`pathname` with its wildcards bracketed, to match literally."""
    drive, rest = os.path.splitdrive(pathname)
    out = []
    for ch in rest:
        out.append("[" + ch + "]" if ch in "*?[" else ch)
    return drive + "".join(out)
