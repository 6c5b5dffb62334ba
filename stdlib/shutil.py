"""High-level file operations (pyaot's own `shutil`, written from the
documentation): copying files with their permissions and times, copying
and removing trees, moving, finding programs on the PATH, and disk usage."""

import os
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree", "Error",
           "SpecialFileError", "ExecError", "ignore_patterns", "which", "disk_usage", "SameFileError"]

__pyaot_refused__ = ["chown", "get_terminal_size", "make_archive", "unpack_archive", "register_archive_format",
                     "unregister_archive_format", "get_archive_formats", "register_unpack_format",
                     "unregister_unpack_format", "get_unpack_formats", "ReadError", "RegistryError", "COPY_BUFSIZE",
                     "errno", "fnmatch", "os", "stat", "sys", "collections", "nt", "posix", "zlib", "bz2", "lzma"]


class Error(OSError):
    """A failure of a high-level file operation (`copytree` gathers them)."""


class SameFileError(Error):
    """Source and destination are the same file."""


class SpecialFileError(OSError):
    """An operation a special file (a named pipe) does not support."""


class ExecError(OSError):
    """A command could not be run."""


_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    """Copies what the file object `fsrc` reads to `fdst`, in chunks."""
    if not length:
        length = _BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def _mode_bits(mode):
    return mode & 0o7777


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of the file `src` to `dst` (made or replaced);
    returns `dst`."""
    if _samefile(src, dst):
        raise SameFileError(f"{src!r} and {dst!r} are the same file")
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of `src` to `dst`."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    os.chmod(dst, _mode_bits(os.stat(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times of
    `src` to `dst`."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    os.chmod(dst, _mode_bits(st.st_mode))


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file and its permission bits; into `dst` if it is a
    directory. Returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like `copy`, keeping the times too."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """A `copytree` ignore function leaving out names matching any of the
    glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies the tree under `src` to `dst` (made, unless `dirs_exist_ok`),
    files by `copy_function`; errors on the way are gathered into one
    `Error`. Returns `dst`."""
    with os.scandir(src) as it:
        entries = list(it)
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    copystat(srcname, dstname, follow_symlinks=False)
                else:
                    if not os.path.exists(linkto) and ignore_dangling_symlinks:
                        continue
                    if entry.is_dir():
                        copytree(srcname, dstname, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(srcname, dstname)
            elif entry.is_dir():
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the directory `path` and everything under it. Errors are
    ignored, passed to `onerror(function, path, exc_info)`, or raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise args[2][1]
    try:
        os.lstat(path)
    except OSError as err:
        onerror(os.lstat, path, (type(err), err, err.__traceback__))
        return
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError as err:
        onerror(os.path.islink, path, (type(err), err, err.__traceback__))
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        with os.scandir(path) as it:
            entries = list(it)
    except OSError as err:
        onerror(os.scandir, path, (type(err), err, err.__traceback__))
        entries = []
    for entry in entries:
        fullname = entry.path
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(fullname, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError as err:
                onerror(os.unlink, fullname, (type(err), err, err.__traceback__))
    try:
        os.rmdir(path)
    except OSError as err:
        onerror(os.rmdir, path, (type(err), err, err.__traceback__))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.path.sep):
        src += os.path.sep
    if not dst.endswith(os.path.sep):
        dst += os.path.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Moves the file or tree `src` to `dst` (into it, if it is a
    directory): a rename where possible, else a copy and a removal.
    Returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error(f"Destination path '{real_dst}' already exists")
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error(f"Cannot move a directory '{src}' into itself '{dst}'.")
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` on the PATH (or `path`), or None."""
    def usable(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)

    if os.path.dirname(cmd):
        return cmd if usable(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in os.fspath(path).split(os.pathsep):
        if directory in seen:
            continue
        seen.add(directory)
        name = os.path.join(directory, cmd)
        if usable(name):
            return name
    return None


_ntuple_diskusage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    """(total, used, free) bytes of the file system holding `path`."""
    st = os.statvfs(path)
    free = st.f_bavail * st.f_frsize
    total = st.f_blocks * st.f_frsize
    used = (st.f_blocks - st.f_bfree) * st.f_frsize
    return _ntuple_diskusage(total, used, free)
