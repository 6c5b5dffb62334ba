"""Secure hashes and message digests (pyaot's own `hashlib`, written from
the documentation): MD5, SHA-1, SHA-2, SHA-3, SHAKE and BLAKE2, computed
natively (`_pyaot_hashlib`, over well-kept crates)."""

from _pyaot_hashlib import _pyaot_new, _pyaot_update, _pyaot_digest, _pyaot_copy

__all__ = ["new", "algorithms_guaranteed", "algorithms_available", "file_digest", "md5", "sha1", "sha224", "sha256",
           "sha384", "sha512", "blake2b", "blake2s", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128",
           "shake_256"]

__pyaot_refused__ = ["pbkdf2_hmac", "scrypt", "_hashlib"]

# Each algorithm's (digest_size, block_size).
_SIZES = {"md5": (16, 64), "sha1": (20, 64), "sha224": (28, 64), "sha256": (32, 64), "sha384": (48, 128),
          "sha512": (64, 128), "sha3_224": (28, 144), "sha3_256": (32, 136), "sha3_384": (48, 104),
          "sha3_512": (64, 72), "shake_128": (0, 168), "shake_256": (0, 136)}

algorithms_guaranteed = frozenset(list(_SIZES) + ["blake2b", "blake2s"])
algorithms_available = frozenset(algorithms_guaranteed)


class _Hash:
    """A hash object: `update` it with bytes, read its `digest` or
    `hexdigest` (the state goes on), `copy` it."""

    def update(self, data, /):
        _pyaot_update(self._state, data)

    def digest(self):
        return _pyaot_digest(self._state, 0)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = object.__new__(type(self))
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._state = _pyaot_copy(self._state)
        return other


class HASH(_Hash):
    """The hash objects of MD5, SHA-1, SHA-2 and SHA-3."""
    __pyaot_tp_name__ = "_hashlib.HASH"

    def __init__(self, name, state):
        self.name = name
        self._state = state
        self.digest_size, self.block_size = _SIZES[name]

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {id(self):#x}>"


class HASHXOF(HASH):
    """A SHAKE hash object: its digests are as long as asked."""
    __pyaot_tp_name__ = "_hashlib.HASHXOF"

    def digest(self, length):
        return _pyaot_digest(self._state, length)

    def hexdigest(self, length):
        return self.digest(length).hex()

    def __repr__(self):
        return f"<{self.name} _hashlib.HASHXOF object @ {id(self):#x}>"


class _Blake2(_Hash):
    """BLAKE2 with its parameters: a digest size, a key, a salt, a
    personalization and the tree-hashing ones."""

    def __init__(self, data=b"", /, *, digest_size=None, key=b"", salt=b"", person=b"", fanout=1, depth=1,
                 leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        self._state = _pyaot_new(self.name, None if data is None else data, digest_size, key, salt, person, fanout,
                                 depth, leaf_size, node_offset, node_depth, inner_size, last_node)
        self.digest_size = digest_size

    def __repr__(self):
        return f"<_blake2.{self.name} object at {id(self):#x}>"


class blake2b(_Blake2):
    __pyaot_tp_name__ = "_blake2.blake2b"
    name = "blake2b"
    block_size = 128
    SALT_SIZE = 16
    PERSON_SIZE = 16
    MAX_KEY_SIZE = 64
    MAX_DIGEST_SIZE = 64


class blake2s(_Blake2):
    __pyaot_tp_name__ = "_blake2.blake2s"
    name = "blake2s"
    block_size = 64
    SALT_SIZE = 8
    PERSON_SIZE = 8
    MAX_KEY_SIZE = 32
    MAX_DIGEST_SIZE = 32


def new(name, data=b"", **kwargs):
    """A hash object of the algorithm `name` (any case), fed `data`."""
    if not isinstance(name, str):
        raise TypeError(f"new() argument 'name' must be str, not {type(name).__name__}")
    key = name.lower()
    if key == "blake2b":
        return blake2b(data, **kwargs)
    if key == "blake2s":
        return blake2s(data, **kwargs)
    if key not in _SIZES:
        raise ValueError(f"unsupported hash type {name}")
    return _make(key, data, kwargs.get("string"))


def _make(name, data, string):
    if string is not None:
        data = string
    cls = HASHXOF if name.startswith("shake") else HASH
    return cls(name, _pyaot_new(name, data))


def md5(data=b"", *, usedforsecurity=True, string=None):
    return _make("md5", data, string)


def sha1(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha1", data, string)


def sha224(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha224", data, string)


def sha256(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha256", data, string)


def sha384(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha384", data, string)


def sha512(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha512", data, string)


def sha3_224(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha3_224", data, string)


def sha3_256(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha3_256", data, string)


def sha3_384(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha3_384", data, string)


def sha3_512(data=b"", *, usedforsecurity=True, string=None):
    return _make("sha3_512", data, string)


def shake_128(data=b"", *, usedforsecurity=True, string=None):
    return _make("shake_128", data, string)


def shake_256(data=b"", *, usedforsecurity=True, string=None):
    return _make("shake_256", data, string)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object of a binary file's contents read to its end;
    `digest` names the algorithm or makes the object."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
