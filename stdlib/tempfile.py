"""Temporary files and directories (pyaot's own `tempfile`, written from
the documentation): made with names no other process can take (created
exclusively, private to the user), in the first usable temporary
directory, and removed when asked or when closed."""

import os
import random as _random

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
           "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

__pyaot_refused__ = ["SpooledTemporaryFile", "template", "errno", "functools", "io", "shutil", "sys", "types",
                     "warnings", "weakref", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_names = None


def _random_name():
    """Eight random characters, from a generator of this module's own."""
    global _names
    if _names is None:
        _names = _random.Random()
    return "".join(_names.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return "tmp"


def gettempdir():
    """The directory temporary files go in: the first of $TMPDIR, $TEMP,
    $TMP, /tmp, /var/tmp, /usr/tmp and the working directory where a
    file can be made."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def _find_tempdir():
    candidates = [os.environ[v] for v in ("TMPDIR", "TEMP", "TMP") if os.environ.get(v)]
    candidates += ["/tmp", "/var/tmp", "/usr/tmp"]
    try:
        candidates.append(os.getcwd())
    except OSError:
        candidates.append(os.curdir)
    for d in candidates:
        if d != os.curdir:
            d = os.path.abspath(d)
        for _ in range(100):
            probe = os.path.join(d, _random_name())
            try:
                fd = os.open(probe, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(fd, b"blat")
                finally:
                    os.close(fd)
                    os.unlink(probe)
                return d
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, f"No usable temporary directory found in {candidates}")


def _parts(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = "tmp"
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file, opened for reading and writing and readable only by its
    owner: `(file descriptor, absolute path)`. The caller removes it."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(name)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """A new directory only its owner may use; its path. The caller
    removes it."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(name, 0o700)
        except FileExistsError:
            continue
        return name
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix="tmp", dir=None):
    """A name no file has yet (unsafe: another may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(name):
            return name
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A named temporary file: the file object's methods, its `name`, and
    removal when closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at {id(self):#x}>"


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a name in the file system, removed when
    closed unless `delete` is false."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A temporary file with no name in the file system: gone when closed."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class TemporaryDirectory:
    """A temporary directory, removed with everything in it by `cleanup`
    or at the end of a `with` block (which binds its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
        self._done = True
