"""Path names (pyaot's own `os.path`, CPython's `posixpath`, written from
the documentation): joining and splitting, normalizing, and what the file
system says of a path."""

import os as _os
from _pyaot_os import _pyaot_realpath as _realpath

__all__ = ["abspath", "basename", "commonpath", "commonprefix", "curdir", "dirname", "exists", "expanduser",
           "extsep", "getatime", "getctime", "getmtime", "getsize", "isabs", "isdir", "isfile", "islink", "join",
           "lexists", "normcase", "normpath", "pardir", "pathsep", "relpath", "sep", "split", "splitdrive",
           "splitext", "altsep", "devnull", "defpath", "samefile", "realpath"]

__pyaot_refused__ = ["expandvars", "ismount", "sameopenfile", "samestat", "supports_unicode_filenames",
                     "genericpath", "os", "stat", "sys"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"


def _str(p, fn):
    if isinstance(p, str):
        return p
    return _os.fspath(p)


def normcase(s):
    return _str(s, "normcase")


def isabs(s):
    return _str(s, "isabs").startswith("/")


def join(a, *p):
    path = _str(a, "join")
    for b in p:
        b = _str(b, "join")
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _str(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _str(p, "splitext")
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        # A leading dot (a hidden file's) is no extension.
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _str(p, "splitdrive")
    return p[:0], p


def basename(p):
    p = _str(p, "basename")
    return p[p.rfind("/") + 1 :]


def dirname(p):
    p = _str(p, "dirname")
    head = p[: p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _str(path, "normpath")
    if path == "":
        return "."
    initial = 0
    if path.startswith("/"):
        # POSIX keeps exactly two leading slashes, and makes three or more one.
        initial = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/" * initial + "/".join(parts)
    return path or "."


def abspath(path):
    path = _str(path, "abspath")
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _str(path, "relpath")
    start = curdir if start is None else _str(start, "relpath")
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def realpath(filename, *, strict=False):
    """The path with its symbolic links resolved, absolute and normalized."""
    if strict:
        _os.stat(filename)
    return _realpath(_str(filename, "realpath"))


def commonprefix(m):
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(_str(p, "commonprefix") for p in m)
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_str(p, "commonpath") for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    split_paths = [p.split("/") for p in paths]
    absolutes = {p.startswith("/") for p in paths}
    if len(absolutes) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def expanduser(path):
    path = _str(path, "expanduser")
    if not path.startswith("~"):
        return path
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # `~user`: pyaot reads no password database.
        return path
    home = _os.environ.get("HOME")
    if home is None:
        return path
    home = home.rstrip("/")
    return (home + path[i:]) or "/"


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        _os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return _os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return None


def isfile(path):
    m = _mode(path)
    return m is not None and m & 0o170000 == 0o100000


def isdir(s):
    m = _mode(s)
    return m is not None and m & 0o170000 == 0o040000


def islink(path):
    m = _mode(path, False)
    return m is not None and m & 0o170000 == 0o120000


def getsize(filename):
    return _os.stat(filename).st_size


def getmtime(filename):
    return _os.stat(filename).st_mtime


def getatime(filename):
    return _os.stat(filename).st_atime


def getctime(filename):
    return _os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
