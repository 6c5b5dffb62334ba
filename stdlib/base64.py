"""Base16, base32 and base64 encodings of binary data (pyaot's own
`base64`, written from the documentation and RFC 4648), over `binascii`."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode", "b32encode", "b32decode",
           "b32hexencode", "b32hexdecode", "b16encode", "b16decode", "standard_b64encode", "standard_b64decode",
           "urlsafe_b64encode", "urlsafe_b64decode"]

__pyaot_refused__ = ["a85encode", "a85decode", "b85encode", "b85decode", "re", "struct", "bytes_types", "main", "test"]

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_arg(s):
    """A decoder's argument as bytes: bytes-like, or a str of ASCII."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError(f"argument should be a bytes-like object or ASCII string, not {type(s).__name__!r}")


def _encode_arg(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")
    return s


def b64encode(s, altchars=None):
    """`s` in base64; `altchars` (two bytes) stand for `+` and `/`."""
    encoded = binascii.b2a_base64(_encode_arg(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes base64 `s` encodes. Characters outside the alphabet are
    skipped unless `validate`, which makes them an error."""
    s = _decode_arg(s)
    if altchars is not None:
        altchars = _decode_arg(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """`s` in base64 with `-` and `_` for `+` and `/`."""
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    return b64decode(_decode_arg(s).translate(bytes.maketrans(b"-_", b"+/")))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Padding characters at the end of a last group of 1..4 bytes.
_B32_PADS = {1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _encode_arg(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        group = s[i:i + 5]
        n = int.from_bytes(group + bytes(5 - len(group)), "big")
        chars = bytes(alphabet[(n >> (35 - 5 * k)) & 31] for k in range(8))
        pads = _B32_PADS.get(len(group), 0)
        out += chars[:8 - pads] + b"=" * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_arg(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_arg(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    pads = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        group = stripped[i:i + 8]
        acc = 0
        for c in group:
            if c not in values:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) + values[c]
        # The last group stands short of its padding.
        out += (acc << 5 * (8 - len(group))).to_bytes(5, "big")
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if pads and out:
        keep = (43 - 5 * pads) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """`s` in base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes base32 `s` encodes; lower case letters if `casefold`, and
    `0` for O and `1` for `map01` if given."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """`s` in base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """`s` in upper-case hexadecimal."""
    return binascii.hexlify(_encode_arg(s)).upper()


def b16decode(s, casefold=False):
    """The bytes upper-case hexadecimal `s` spells (either case if `casefold`)."""
    s = _decode_arg(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


def _bytes_like(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError(f"expected bytes-like object, not {type(s).__name__}")


def encodebytes(s):
    """`s` in base64, in lines of at most 76 characters, each ending in a newline."""
    _bytes_like(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """The bytes base64 `s` (lines of it) encodes."""
    _bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Writes the base64 of the binary file `input` to `output`, in lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Writes the bytes the base64 lines of `input` encode to `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
