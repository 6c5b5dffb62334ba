"""Packing values into bytes and back by C-style layouts (pyaot's own
`struct`, written from the documentation). Formats are parsed, packed and
unpacked natively (`_pyaot_struct`); this half holds the `Struct` class
and `struct.error`."""

from _pyaot_struct import (_pyaot_calcsize, _pyaot_format, _pyaot_pack, _pyaot_pack_into, _pyaot_unpack,
                           _pyaot_iter_unpack)

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]

__pyaot_refused__ = ["_clearcache"]


class error(Exception):
    """A format or value `struct` cannot pack or unpack."""


class unpack_iterator:
    """The iterator `iter_unpack` returns: one tuple per record."""
    __pyaot_tp_name__ = "_struct.unpack_iterator"

    def __init__(self, records):
        self._records = records
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._next >= len(self._records):
            raise StopIteration
        r = self._records[self._next]
        self._next += 1
        return r

    def __length_hint__(self):
        return len(self._records) - self._next


class Struct:
    """A compiled format: `pack`, `unpack` and the rest without the format
    argument, and its `format` and `size`."""
    __pyaot_tp_name__ = "_struct.Struct"

    def __init__(self, format):
        self.format = _pyaot_format(format, error)
        self.size = _pyaot_calcsize(format, error)

    def pack(self, *v):
        return _pyaot_pack(self.format, v, error)

    def pack_into(self, buffer, offset, *v):
        _pyaot_pack_into(self.format, buffer, offset, v, error)

    def unpack(self, buffer):
        return _pyaot_unpack(self.format, buffer, None, error)

    def unpack_from(self, buffer, offset=0):
        return _pyaot_unpack(self.format, buffer, offset, error)

    def iter_unpack(self, buffer):
        return unpack_iterator(_pyaot_iter_unpack(self.format, buffer, error))


def calcsize(format):
    """The number of bytes the format packs into."""
    return _pyaot_calcsize(format, error)


def pack(format, *v):
    """The values packed by the format, as bytes."""
    return _pyaot_pack(format, v, error)


def pack_into(format, buffer, offset, *v):
    """Packs the values into the writable `buffer` from `offset`."""
    _pyaot_pack_into(format, buffer, offset, v, error)


def unpack(format, buffer):
    """The values the format reads from `buffer` (exactly its size)."""
    return _pyaot_unpack(format, buffer, None, error)


def unpack_from(format, buffer, offset=0):
    """The values the format reads from `buffer` at `offset`."""
    return _pyaot_unpack(format, buffer, offset, error)


def iter_unpack(format, buffer):
    """An iterator over the records of `buffer`, each unpacked by the format."""
    return unpack_iterator(_pyaot_iter_unpack(format, buffer, error))
