"""The operating system (pyaot's own `os` module, written from the
documentation): the working directory, directories and their entries,
files' status, removing and renaming, the environment, and `os.path`.
The system calls are the Rust half's (`_pyaot_os`)."""

import abc as _abc
from _pyaot_os import (_pyaot_getcwd, _pyaot_chdir, _pyaot_listdir, _pyaot_mkdir, _pyaot_rmdir, _pyaot_unlink,
                       _pyaot_rename, _pyaot_stat, _pyaot_environ, _pyaot_putenv, _pyaot_unsetenv, _pyaot_getpid,
                       _pyaot_cpu_count, _pyaot_urandom, _pyaot_chmod, _pyaot_utime, _pyaot_access,
                       _pyaot_symlink, _pyaot_readlink, _pyaot_statvfs)
from _pyaot_io import _pyaot_open, _pyaot_read, _pyaot_write, _pyaot_close

__all__ = ["name", "sep", "altsep", "extsep", "pathsep", "linesep", "curdir", "pardir", "defpath", "devnull",
           "environ", "getenv", "putenv", "unsetenv", "getcwd", "chdir", "listdir", "scandir", "walk", "mkdir",
           "makedirs", "rmdir", "removedirs", "remove", "unlink", "rename", "replace", "stat", "lstat",
           "stat_result", "getpid", "cpu_count", "urandom", "fspath", "fsencode", "fsdecode", "PathLike", "error", "path", "DirEntry",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "chmod", "utime", "access", "symlink", "readlink", "statvfs",
           "statvfs_result", "open", "close", "read", "write", "fdopen", "O_RDONLY", "O_WRONLY", "O_RDWR",
           "O_APPEND", "O_CREAT", "O_EXCL", "O_TRUNC", "O_CLOEXEC", "F_OK", "R_OK", "W_OK", "X_OK"]

__pyaot_refused__ = [
    "abort", "chown", "chroot", "closerange", "confstr", "ctermid", "device_encoding", "dup", "dup2", "execl",
    "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe", "fchdir", "fchmod", "fchown",
    "fdatasync", "fork", "forkpty", "fpathconf", "fstat", "fstatvfs", "fsync", "ftruncate", "get_blocking",
    "get_exec_path", "get_inheritable", "get_terminal_size", "getcwdb", "getegid", "getenvb", "geteuid", "getgid",
    "getgrouplist", "getgroups", "getloadavg", "getlogin", "getpgid", "getpgrp", "getppid", "getpriority",
    "getrandom", "getresgid", "getresuid", "getsid", "getuid", "getxattr", "isatty", "kill", "killpg", "lchown",
    "link", "listxattr", "lockf", "lseek", "major", "makedev", "minor", "mkfifo", "mknod", "nice", "openpty",
    "pathconf", "pipe", "pipe2", "popen", "pread", "putenvb", "pwrite", "readv", "register_at_fork", "removexattr",
    "renames", "sched_yield", "sendfile", "set_blocking", "set_inheritable", "setegid", "seteuid", "setgid",
    "setgroups", "setpgid", "setpgrp", "setpriority", "setregid", "setresgid", "setresuid", "setreuid", "setsid",
    "setuid", "setxattr", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe",
    "startfile", "strerror", "sync", "sysconf", "system", "tcgetpgrp", "tcsetpgrp", "terminal_size", "times",
    "truncate", "ttyname", "umask", "uname", "wait", "wait3", "wait4", "waitpid", "waitstatus_to_exitcode",
    "writev", "fwalk", "environb", "supports_bytes_environ", "supports_dir_fd", "supports_effective_ids",
    "supports_fd", "supports_follow_symlinks", "get_handle_inheritable", "memfd_create", "posix_spawn",
    "posix_spawnp", "sched_getaffinity", "sched_setaffinity", "times_result", "uname_result", "sched_param",
    "pidfd_open", "copy_file_range", "splice", "eventfd", "eventfd_read", "eventfd_write",
    "WNOHANG", "EX_OK", "P_WAIT", "P_NOWAIT", "login_tty", "posix_fadvise", "posix_fallocate", "preadv", "pwritev",
    "getpgid", "wait_pid", "waitid", "waitid_result", "WEXITSTATUS", "WIFEXITED", "WIFSIGNALED", "WTERMSIG",
    "WIFSTOPPED", "WSTOPSIG", "WCOREDUMP", "WIFCONTINUED", "add_dll_directory",
]

from . import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError


class PathLike(_abc.ABC):
    """The abstract base of objects that stand for a path (`__fspath__`)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(path):
    """The path a str (itself) or a path-like object (its `__fspath__`) stands for."""
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(path).__name__}")
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(f"expected {type(path).__name__}.__fspath__() to return str or bytes, "
                        f"not {type(result).__name__}")
    return result


def fsencode(filename):
    """A path as the bytes the file system has: UTF-8, each lone surrogate
    U+DC80..U+DCFF back to the byte it stands for ('surrogateescape')."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    """A path as text: bytes decoded as UTF-8, each byte that is not
    UTF-8 as a lone surrogate ('surrogateescape'), as `fsencode` undoes."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def _path(p, fn):
    if isinstance(p, str):
        return p
    if hasattr(type(p), "__fspath__"):
        return fspath(p)
    raise TypeError(f"{fn}: path should be string, bytes or os.PathLike, not {type(p).__name__}")


class _Environ:
    """The environment: a mapping whose changes reach the process's own
    (`putenv`), seen by the processes it starts."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        _pyaot_putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data[key]
        _pyaot_unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return "environ({%s})" % ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())


environ = _Environ(_pyaot_environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _pyaot_putenv(key, value)


def unsetenv(key):
    _pyaot_unsetenv(key)


def getcwd():
    return _pyaot_getcwd()


def chdir(path):
    _pyaot_chdir(_path(path, "chdir"))


def listdir(path="."):
    return _pyaot_listdir(_path(path, "listdir"))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _pyaot_mkdir(_path(path, "mkdir"), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Makes a directory and any missing parents; FileExistsError if it
    exists, unless `exist_ok`."""
    name = _path(name, "makedirs")
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _pyaot_rmdir(_path(path, "rmdir"))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _pyaot_unlink(_path(path, "remove"))


def unlink(path, *, dir_fd=None):
    _pyaot_unlink(_path(path, "unlink"))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _pyaot_rename(_path(src, "rename"), _path(dst, "rename"))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _pyaot_rename(_path(src, "replace"), _path(dst, "replace"))


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
                "st_mtime", "st_ctime")


class stat_result(tuple):
    """A file's status: ten fields by index (the times as whole seconds)
    and by name (`st_mtime` and the others as floats)."""

    def __new__(cls, fields):
        whole = tuple(int(f) if i >= 7 else f for i, f in enumerate(fields[:10]))
        self = tuple.__new__(cls, whole)
        self._times = fields[7:10]
        self._ns = fields[10:13]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(f"{n}={v}" for n, v in zip(_STAT_FIELDS, self))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_pyaot_stat(_path(path, "stat"), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_pyaot_stat(_path(path, "lstat"), False))


# `open`'s flags (Linux's values) and `access`'s modes.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_CLOEXEC = 0o2000000
F_OK = 0
X_OK = 1
W_OK = 2
R_OK = 4


def open(path, flags, mode=0o777, *, dir_fd=None):
    """A file descriptor for `path`, opened with `flags` (`O_*`)."""
    if flags & ~(O_RDONLY | O_WRONLY | O_RDWR | O_CREAT | O_EXCL | O_TRUNC | O_APPEND | O_CLOEXEC):
        raise NotImplementedError("pyaot's os.open takes only the O_* flags the os module defines")
    return _pyaot_open(_path(path, "open"), flags, mode)


def close(fd):
    _pyaot_close(fd)


def read(fd, n):
    """Up to `n` bytes from the file descriptor (b'' at its end)."""
    return _pyaot_read(fd, n)


def write(fd, data):
    """Writes `data` to the file descriptor; the number of bytes written."""
    return _pyaot_write(fd, data)


def fdopen(fd, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """A file object over the file descriptor (`open(fd, ...)`)."""
    import io
    return io.open(fd, mode, buffering, encoding, errors, newline, closefd)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _pyaot_chmod(_path(path, "chmod"), mode)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the process may use `path` as `mode` asks (`F_OK`, or
    `R_OK`/`W_OK`/`X_OK` together)."""
    return _pyaot_access(_path(path, "access"), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Sets a file's access and modification times: `times` in seconds,
    `ns` in nanoseconds, or now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        pair = (_timespec(times[0]), _timespec(times[1]))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        pair = (divmod(ns[0], 1000000000), divmod(ns[1], 1000000000))
    else:
        pair = (None, None)
    _pyaot_utime(_path(path, "utime"), pair[0], pair[1])


def _timespec(t):
    """Seconds as (seconds, nanoseconds), rounded down as CPython's."""
    if isinstance(t, int):
        return (t, 0)
    whole = int(t // 1)
    return (whole, int((t - whole) * 1e9))


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _pyaot_symlink(_path(src, "symlink"), _path(dst, "symlink"))


def readlink(path, *, dir_fd=None):
    """The path a symbolic link points to."""
    return _pyaot_readlink(_path(path, "readlink"))


_STATVFS_FIELDS = ("f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
                   "f_flag", "f_namemax")


class statvfs_result(tuple):
    """A file system's sizes and counts, by index and by name."""

    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])

    def __repr__(self):
        return "os.statvfs_result(%s)" % ", ".join(f"{n}={v}" for n, v in zip(_STATVFS_FIELDS, self))


def statvfs(path):
    """The sizes and counts of the file system holding `path`."""
    return statvfs_result(_pyaot_statvfs(_path(path, "statvfs")))


def getpid():
    return _pyaot_getpid()


def cpu_count():
    return _pyaot_cpu_count()


def urandom(size):
    return _pyaot_urandom(size)


class DirEntry:
    """An entry `scandir` found: its name, its path, and what it is."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path) if follow_symlinks else (path.isdir(self.path) and not path.islink(self.path))

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path) if follow_symlinks else (path.isfile(self.path) and not path.islink(self.path))

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    return _ScandirIterator(_path(path, "scandir"))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields `(dirpath, dirnames, filenames)` for each directory under
    `top`, parents first (or last, if not `topdown`)."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
