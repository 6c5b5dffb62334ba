"""Conversions between binary data and ASCII encodings of it (pyaot's own
`binascii`, written from the documentation): base64, hex and the CRCs,
computed natively (`_pyaot_binascii`)."""

from _pyaot_binascii import _pyaot_b2a_base64, _pyaot_a2b_base64, _pyaot_a2b_hex, _pyaot_crc32, _pyaot_crc_hqx

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex", "hexlify", "unhexlify", "crc32",
           "crc_hqx"]

__pyaot_refused__ = ["a2b_qp", "b2a_qp", "a2b_uu", "b2a_uu"]


class Error(ValueError):
    """Data that is not in the encoding."""
    __pyaot_tp_name__ = "binascii.Error"


class Incomplete(Exception):
    """Data that ends too soon."""
    __pyaot_tp_name__ = "binascii.Incomplete"


def b2a_base64(data, /, *, newline=True):
    """`data` in base64, with a newline at the end unless `newline` is false."""
    return _pyaot_b2a_base64(data, newline)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes base64 `data` encodes. Characters outside the alphabet are
    skipped and the first complete padding ends the data, unless
    `strict_mode`."""
    return _pyaot_a2b_base64(data, strict_mode, Error)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """`data` as hexadecimal digits, two per byte (a separator every
    `bytes_per_sep` bytes, counted from the right; from the left if negative)."""
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


def a2b_hex(hexstr, /):
    """The bytes hexadecimal digits `hexstr` (two per byte) spell."""
    return _pyaot_a2b_hex(hexstr, Error)


hexlify = b2a_hex
unhexlify = a2b_hex


def crc32(data, crc=0, /):
    """The CRC-32 of `data` (continuing from `crc`), as zlib computes it."""
    return _pyaot_crc32(data, crc)


def crc_hqx(data, crc, /):
    """The CRC-CCITT of `data` from the value `crc`."""
    return _pyaot_crc_hqx(data, crc)
