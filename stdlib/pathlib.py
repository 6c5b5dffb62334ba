"""Object-oriented paths (pyaot's own `pathlib`, written from the
documentation): `PurePath` and `PurePosixPath` compute with paths,
`Path` and `PosixPath` also reach the file system (through `os`)."""

import fnmatch as _fnmatch
import io as _io
import os as _os

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]

__pyaot_refused__ = ["PureWindowsPath", "WindowsPath", "EBADF", "ELOOP", "ENOENT", "ENOTDIR", "S_ISBLK", "S_ISCHR",
                     "S_ISDIR", "S_ISFIFO", "S_ISLNK", "S_ISREG", "S_ISSOCK", "Sequence", "fnmatch", "functools",
                     "io", "ntpath", "os", "posixpath", "re", "sys", "urlquote_from_bytes", "warnings"]


def _parse(args):
    """The root ('', '/' or '//') and the parts after it of the path the
    arguments join to (a later absolute one starts over)."""
    root = ""
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            if a._root:
                root = a._root
                parts = []
            parts.extend(a._tail)
            continue
        if not isinstance(a, str):
            a = _os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not "
                                f"{type(a)!r}")
        if a.startswith("/"):
            # Exactly two leading slashes are kept (POSIX leaves their meaning to the system).
            root = "//" if a.startswith("//") and not a.startswith("///") else "/"
            parts = []
        for p in a.split("/"):
            if p and p != ".":
                parts.append(p)
    return root, parts


class PurePath:
    """A path, computed with but never looked up: `PurePath(...)` makes a
    `PurePosixPath`."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    def _new(self, root, tail):
        p = object.__new__(type(self))
        p._root = root
        p._tail = tail
        return p

    def __reduce__(self):
        return self.__class__, tuple(self.parts)

    def __str__(self):
        return self._root + "/".join(self._tail) if (self._root or self._tail) else "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return str(self).encode("utf-8")

    def __repr__(self):
        return f"{self.__class__.__name__}({self.as_posix()!r})"

    def as_uri(self):
        """The path as a `file:` URI (the path must be absolute)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/"
        out = []
        for b in str(self).encode("utf-8"):
            c = chr(b)
            out.append(c if c in safe else "%%%02X" % b)
        return "file://" + "".join(out)

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        """This path with each argument appended (an absolute one replaces it)."""
        root, tail = _parse((self,) + args)
        return self._new(root, tail)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._tail)
        return tuple(self._tail)

    @property
    def name(self):
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._new(self._root, self._tail[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        """This path with its last part replaced by `name`."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        root, tail = _parse((name,))
        if not name or name[-1] == "/" or root or len(tail) != 1:
            raise ValueError(f"Invalid name {name!r}")
        return self._new(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """This path with the stem of its name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """This path with the suffix of its name replaced (or added, or
        removed with '')."""
        if "/" in suffix:
            raise ValueError(f"Invalid suffix {suffix!r}")
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._new(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """This path relative to `other` (which must be a prefix of it)."""
        if not other:
            raise TypeError("need at least one argument")
        root, tail = _parse(other)
        mine = ([self._root] if self._root else []) + self._tail
        theirs = ([root] if root else []) + tail
        n = len(theirs)
        if (bool(self._root) if n == 0 else mine[:n] != theirs):
            formatted = root + "/".join(tail)
            raise ValueError(f"{str(self)!r} is not in the subpath of {formatted!r}"
                             " OR one path is relative and the other is absolute.")
        return self._new("", mine[n:])

    def is_relative_to(self, *other):
        """Whether this path is `other` or below it."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether this path matches the glob-style pattern, from the right
        (from the root if the pattern is absolute)."""
        root, pat = _parse((path_pattern,))
        if not root and not pat:
            raise ValueError("empty pattern")
        parts = self.parts
        pat_parts = ((root,) if root else ()) + tuple(pat)
        if root and len(pat_parts) != len(parts):
            return False
        if len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


class _PathParents:
    """The ancestors of a path, nearest first (`path.parents`)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._tail)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._new(self._path._root, self._path._tail[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return f"<{type(self._path).__name__}.parents>"


class PurePosixPath(PurePath):
    """A POSIX path, computed with but never looked up."""


class Path(PurePath):
    """A path on this system's file system: `Path(...)` makes a `PosixPath`."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        """The working directory."""
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(_os.path.expanduser("~"))

    def absolute(self):
        """This path made absolute against the working directory (not normalized)."""
        if self._root:
            return self
        return self._new(*_parse((_os.getcwd(), self)))

    def resolve(self, strict=False):
        """This path made absolute, with symbolic links and '..' resolved."""
        return self._new(*_parse((_os.path.realpath(str(self), strict=strict),)))

    def expanduser(self):
        """This path with a leading '~' replaced by the home directory."""
        if self._tail and self._tail[0].startswith("~") and not self._root:
            home = _os.path.expanduser(self._tail[0])
            if home.startswith("~"):
                raise RuntimeError("Could not determine home directory.")
            return self._new(*_parse((home,) + tuple(self._tail[1:])))
        return self

    def stat(self, *, follow_symlinks=True):
        return _os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return _os.lstat(self)

    def exists(self):
        return _os.path.exists(str(self))

    def is_dir(self):
        return _os.path.isdir(str(self))

    def is_file(self):
        return _os.path.isfile(str(self))

    def is_symlink(self):
        return _os.path.islink(str(self))

    def samefile(self, other_path):
        return _os.path.samefile(str(self), other_path)

    def iterdir(self):
        """The entries of this directory, as paths under it."""
        for name in _os.listdir(self):
            yield self._child(name)

    def _child(self, name):
        return self._new(self._root, self._tail + [name])

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Opens the file this path names, as `open` does."""
        return _io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError(f"data must be str, not {data.__class__.__name__}")
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"memoryview: a bytes-like object is required, not '{type(data).__name__}'")
        with self.open("wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if it does not exist (FileExistsError if it
        does and `exist_ok` is false)."""
        if exist_ok:
            _io.open(self, "a").close()
        else:
            _io.open(self, "x").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates this directory (its missing parents too with `parents`)."""
        try:
            _os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        """Renames this file or directory; the new path."""
        _os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Renames this file or directory, replacing `target`; the new path."""
        _os.replace(self, target)
        return self.__class__(target)

    def glob(self, pattern):
        """The paths under this directory that match the relative pattern
        (`**` for this directory and every one below it)."""
        root, parts = _parse((pattern,))
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts.append("")
        self._check_pattern(parts)
        yield from self._select(parts, set())

    def rglob(self, pattern):
        """`glob` with `**/` before the pattern: matches at any depth."""
        root, parts = _parse((pattern,))
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern.endswith("/"):
            parts.append("")
        self._check_pattern(parts)
        yield from self._select(["**"] + parts, set())

    def _check_pattern(self, parts):
        for part in parts:
            if part != "**" and "**" in part:
                raise ValueError("Invalid pattern: '**' can only be an entire path component")

    def _entries(self):
        try:
            return [(e.name, e.is_dir(), e.is_symlink()) for e in _os.scandir(self)]
        except OSError:
            return []

    def _walk_dirs(self):
        yield self
        for name, is_dir, is_link in self._entries():
            if is_dir and not is_link:
                yield from self._child(name)._walk_dirs()

    def _select(self, parts, seen):
        if not self.is_dir():
            return
        yield from self._select_in(parts, seen)

    def _select_in(self, parts, seen):
        if not parts:
            yield self
            return
        part, rest = parts[0], parts[1:]
        if part == "":
            if self.is_dir():
                yield self
            return
        if part == "**":
            while rest and rest[0] == "**":
                rest = rest[1:]
            for d in self._walk_dirs():
                for p in d._select_in(rest, seen):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if _fnmatch._has_magic(part):
            for name, is_dir, _ in self._entries():
                if (is_dir or not rest) and _fnmatch.fnmatchcase(name, part):
                    yield from self._child(name)._select_in(rest, seen)
            return
        child = self._child(part)
        if child.is_dir() if rest else child.exists():
            yield from child._select_in(rest, seen)


class PosixPath(Path, PurePosixPath):
    """A path on a POSIX file system."""
