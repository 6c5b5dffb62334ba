"""The bits of `os.stat`'s `st_mode` (pyaot's own `stat`, written from the
documentation and POSIX): file types, permission bits, the tests on them,
and `filemode`'s `ls -l` string."""

__pyaot_refused__ = ["FILE_ATTRIBUTE_ARCHIVE", "FILE_ATTRIBUTE_COMPRESSED", "FILE_ATTRIBUTE_DEVICE",
                     "FILE_ATTRIBUTE_DIRECTORY", "FILE_ATTRIBUTE_ENCRYPTED", "FILE_ATTRIBUTE_HIDDEN",
                     "FILE_ATTRIBUTE_INTEGRITY_STREAM", "FILE_ATTRIBUTE_NORMAL", "FILE_ATTRIBUTE_NOT_CONTENT_INDEXED",
                     "FILE_ATTRIBUTE_NO_SCRUB_DATA", "FILE_ATTRIBUTE_OFFLINE", "FILE_ATTRIBUTE_READONLY",
                     "FILE_ATTRIBUTE_REPARSE_POINT", "FILE_ATTRIBUTE_SPARSE_FILE", "FILE_ATTRIBUTE_SYSTEM",
                     "FILE_ATTRIBUTE_TEMPORARY", "FILE_ATTRIBUTE_VIRTUAL", "_filemode_table"]

# Indices into a stat result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types.
_IFMT = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD file flags (`st_flags`).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000


def S_IMODE(mode):
    """The permission bits of a mode (what `chmod` sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return mode & _IFMT


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"), (S_IFCHR, "c"),
               (S_IFIFO, "p"))


def filemode(mode):
    """The mode as `ls -l` shows it: `-rwxr-xr-x`."""
    out = "?"
    for bits, ch in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            out = ch
            break
    for read, write, execute, special, on, off in ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
                                                     (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
                                                     (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T")):
        out += "r" if mode & read else "-"
        out += "w" if mode & write else "-"
        if mode & special:
            out += on if mode & execute else off
        else:
            out += "x" if mode & execute else "-"
    return out
