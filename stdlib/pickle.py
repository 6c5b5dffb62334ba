"""Serializing objects to bytes and back (pyaot's own `pickle`, written from
the documentation and the opcode descriptions of `pickletools`).

The pickler writes what CPython's C pickler writes for the same objects,
byte for byte: the same opcodes, memo indices, batches of 1000 and 64 KiB
frames, so pickles cross between pyaot and CPython both ways. Objects are
reduced as CPython's `object.__reduce_ex__` does (`__reduce_ex__`,
`__reduce__`, `__getnewargs_ex__`, `__getnewargs__`, `__getstate__`,
`__setstate__`, `copyreg.dispatch_table`), since pyaot's objects do not
carry those methods themselves. Classes and functions are found again by
module and qualified name among the modules the program imported."""

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT", "BINGET", "BININT",
           "BININT1", "BININT2", "BINPERSID", "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE",
           "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL",
           "INST", "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK",
           "PROTO", "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS", "SHORT_BINBYTES", "SHORT_BINSTRING",
           "SHORT_BINUNICODE", "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2", "TUPLE3",
           "UNICODE"]

__pyaot_refused__ = ["FunctionType", "PickleBuffer", "PyStringMap", "_Framer", "_Pickler", "_Stop", "_Unframer",
                     "_Unpickler", "_compat_pickle", "_dump", "_dumps", "_getattribute", "_load", "_loads", "_test",
                     "_tuplesize2code", "codecs", "decode_long", "encode_long", "io", "islice", "partial", "re",
                     "whichmodule", "maxsize"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """The base of the errors pickling and unpickling raise."""
    __pyaot_tp_name__ = "_pickle.PickleError"


class PicklingError(PickleError):
    """An object that cannot be pickled."""
    __pyaot_tp_name__ = "_pickle.PicklingError"


class UnpicklingError(PickleError):
    """Data that is not a pickle pyaot can load."""
    __pyaot_tp_name__ = "_pickle.UnpicklingError"


# The opcodes (pickletools describes each).
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_HEADER = 9

# Python 2's names of what protocols 0-2 name (`fix_imports`): modules,
# then (module, name) pairs, and the exceptions that lived in `exceptions`.
_IMPORT_MAPPING = {"__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue", "repr": "reprlib",
                   "commands": "subprocess", "anydbm": "dbm", "cPickle": "pickle", "UserDict": "collections",
                   "UserList": "collections", "UserString": "collections", "whichdb": "dbm", "StringIO": "io",
                   "cStringIO": "io"}
_REVERSE_IMPORT_MAPPING = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue", "reprlib": "repr",
                           "subprocess": "commands", "dbm": "anydbm"}
_NAME_MAPPING = {("__builtin__", "xrange"): ("builtins", "range"), ("__builtin__", "reduce"): ("functools", "reduce"),
                 ("__builtin__", "intern"): ("sys", "intern"), ("__builtin__", "unichr"): ("builtins", "chr"),
                 ("__builtin__", "basestring"): ("builtins", "str"), ("__builtin__", "unicode"): ("builtins", "str"),
                 ("__builtin__", "long"): ("builtins", "int"), ("itertools", "izip"): ("builtins", "zip"),
                 ("itertools", "imap"): ("builtins", "map"), ("itertools", "ifilter"): ("builtins", "filter"),
                 ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
                 ("itertools", "izip_longest"): ("itertools", "zip_longest"),
                 ("UserDict", "UserDict"): ("collections", "UserDict"),
                 ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
                 ("UserList", "UserList"): ("collections", "UserList"),
                 ("UserString", "UserString"): ("collections", "UserString"),
                 ("exceptions", "StandardError"): ("builtins", "Exception")}
# The reverse: the later of two Python 2 names for one Python 3 name wins.
_REVERSE_NAME_MAPPING = {new: old for old, new in _NAME_MAPPING.items()}
_PYTHON2_EXCEPTIONS = ("ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError",
                       "BytesWarning", "DeprecationWarning", "EOFError", "EnvironmentError", "Exception",
                       "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError", "ImportError",
                       "ImportWarning", "IndentationError", "IndexError", "KeyError", "KeyboardInterrupt",
                       "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError", "OverflowError",
                       "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
                       "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError",
                       "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError",
                       "UnicodeTranslateError", "UnicodeWarning", "UserWarning", "ValueError", "Warning",
                       "ZeroDivisionError")
_PYTHON3_OSERRORS = ("BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
                     "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
                     "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                     "ProcessLookupError", "TimeoutError")
for _name in _PYTHON2_EXCEPTIONS:
    _NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)
for _name in _PYTHON3_OSERRORS:
    _REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
_REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")


# Where CPython's classes and functions are written in C (their names are
# not interned strings).
_C_MODULES = {"builtins", "datetime", "_codecs", "math", "itertools", "operator", "time", "_io", "struct"}
_C_NAMES = {("collections", "deque"), ("collections", "OrderedDict"), ("collections", "defaultdict"),
            ("functools", "partial"), ("functools", "reduce")}


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """`_codecs.encode`, which protocols 0-2 name to make bytes."""
    return obj.encode(encoding, errors)


# What `builtins` holds that a pickle may name (pyaot has no `builtins`
# module object to look names up in).
_BUILTINS = {"object": object, "int": int, "float": float, "complex": complex, "bool": bool, "str": str,
             "bytes": bytes, "bytearray": bytearray, "list": list, "tuple": tuple, "dict": dict, "set": set,
             "frozenset": frozenset, "range": range, "slice": slice, "type": type, "getattr": getattr,
             "len": len, "abs": abs, "min": min, "max": max, "sum": sum, "sorted": sorted, "repr": repr,
             "print": print, "iter": iter, "next": next, "map": map, "filter": filter, "zip": zip, "chr": chr,
             "ord": ord, "hash": hash, "isinstance": isinstance, "enumerate": enumerate, "reversed": reversed,
             "Ellipsis": ..., "NotImplemented": NotImplemented, "BaseException": BaseException,
             "Exception": Exception, "ArithmeticError": ArithmeticError, "AssertionError": AssertionError,
             "AttributeError": AttributeError, "BufferError": BufferError, "EOFError": EOFError,
             "FloatingPointError": FloatingPointError, "GeneratorExit": GeneratorExit, "ImportError": ImportError,
             "ModuleNotFoundError": ModuleNotFoundError, "IndexError": IndexError, "KeyError": KeyError,
             "KeyboardInterrupt": KeyboardInterrupt, "LookupError": LookupError, "MemoryError": MemoryError,
             "NameError": NameError, "NotImplementedError": NotImplementedError, "OSError": OSError,
             "EnvironmentError": OSError, "IOError": OSError, "OverflowError": OverflowError,
             "RecursionError": RecursionError, "ReferenceError": ReferenceError, "RuntimeError": RuntimeError,
             "StopIteration": StopIteration, "StopAsyncIteration": StopAsyncIteration, "SyntaxError": SyntaxError,
             "SystemError": SystemError, "SystemExit": SystemExit, "TypeError": TypeError,
             "UnboundLocalError": UnboundLocalError, "UnicodeError": UnicodeError,
             "UnicodeDecodeError": UnicodeDecodeError, "UnicodeEncodeError": UnicodeEncodeError,
             "ValueError": ValueError, "ZeroDivisionError": ZeroDivisionError,
             "FileExistsError": FileExistsError, "FileNotFoundError": FileNotFoundError,
             "IsADirectoryError": IsADirectoryError, "NotADirectoryError": NotADirectoryError,
             "PermissionError": PermissionError, "TimeoutError": TimeoutError,
             "ConnectionError": ConnectionError, "BrokenPipeError": BrokenPipeError,
             "InterruptedError": InterruptedError, "ChildProcessError": ChildProcessError,
             "ProcessLookupError": ProcessLookupError, "Warning": Warning, "UserWarning": UserWarning,
             "DeprecationWarning": DeprecationWarning, "RuntimeWarning": RuntimeWarning,
             "FutureWarning": FutureWarning}
_SPECIAL_MODULES = {"builtins": _BUILTINS, "_codecs": {"encode": _codecs_encode},
                    "copyreg": {"_reconstructor": copyreg._reconstructor, "__newobj__": copyreg.__newobj__,
                                "__newobj_ex__": copyreg.__newobj_ex__}}


def _lookup(module_name, qualname):
    """The object `module_name.qualname` names, or None."""
    names = _SPECIAL_MODULES.get(module_name)
    parts = qualname.split(".")
    if names is not None:
        if parts[0] not in names:
            return None
        obj = names[parts[0]]
    else:
        module = sys.modules.get(module_name)
        if module is None or not hasattr(module, parts[0]):
            return None
        obj = getattr(module, parts[0])
    for part in parts[1:]:
        if part == "<locals>" or not hasattr(obj, part):
            return None
        obj = getattr(obj, part)
    return obj


def _interned(s):
    """Whether CPython would hold `s` as one shared object wherever it is
    made: identifier-like constants and attribute names are interned, the
    empty string is one object. The memo then finds such a string written
    before by its value, as CPython's finds it by identity."""
    if not s.isascii():
        return False
    return not s or s.isalnum() or s.replace("_", "a").isalnum()


def _which_module(obj, name):
    """The module holding `obj` as `name`, for objects that do not say."""
    if _BUILTINS.get(name) is obj:
        return "builtins"
    for module_name, module in list(sys.modules.items()):
        if module_name != "__main__" and module is not None and getattr(module, name, None) is obj:
            return module_name
    return "__main__"


def _encode_long(x):
    """`x` as little-endian two's complement in as few bytes as hold it
    (none for 0)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and result[-1] == 0xff and (result[-2] & 0x80) != 0:
        result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _raw_unicode_escape(s):
    """Protocol 0's text for `s`: latin-1 bytes, `\\uXXXX` past them, and
    the characters that would end the line or escape escaped too."""
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c in (0x5c, 0x00, 0x0a, 0x0d, 0x1a):
            out += b"\\u%04x" % c
        elif c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += b"\\u%04x" % c
        else:
            out += b"\\U%08x" % c
    return bytes(out)


def _raw_unicode_unescape(data):
    """The text of a protocol 0 UNICODE line: latin-1, with `\\uXXXX`
    and `\\UXXXXXXXX` escapes."""
    if b"\\" not in data:
        return data.decode("latin-1")
    out = []
    i = 0
    n = len(data)
    while i < n:
        j = data.find(b"\\", i)
        if j < 0:
            out.append(data[i:].decode("latin-1"))
            break
        out.append(data[i:j].decode("latin-1"))
        width = 4 if data[j + 1:j + 2] == b"u" else 8 if data[j + 1:j + 2] == b"U" else 0
        if width == 0:
            out.append("\\")
            i = j + 1
            continue
        digits = data[j + 2:j + 2 + width]
        if len(digits) < width:
            raise UnicodeDecodeError("rawunicodeescape", data, j, n, "truncated \\uXXXX escape" if width == 4
                                     else "truncated \\UXXXXXXXX escape")
        out.append(chr(int(digits.decode("ascii"), 16)))
        i = j + 2 + width
    return "".join(out)


def _object_state(obj):
    """`object.__getstate__()`: the instance dict (None when empty), paired
    with the set slots when the class declares slots."""
    d = getattr(obj, "__dict__", None)
    state = dict(d) if d else None
    names = copyreg._slotnames(type(obj))
    if names:
        slots = {}
        for name in names:
            if hasattr(obj, name):
                slots[name] = getattr(obj, name)
        if slots:
            state = (state, slots)
    return state


def _reduce_builtin(obj, proto):
    """The reductions CPython's builtin and `collections` types give."""
    t = type(obj)
    if t is set:
        return set, (list(obj),), None
    if t is frozenset:
        return frozenset, (list(obj),), None
    if t is range:
        return range, (obj.start, obj.stop, obj.step)
    if t is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if t is bytearray:
        return (bytearray, (bytes(obj),)) if obj else (bytearray, ())
    if t.__name__ == "method" and hasattr(obj, "__self__"):
        return getattr, (obj.__self__, obj.__name__)
    if t is type(...):
        return "Ellipsis"
    if t is type(NotImplemented):
        return "NotImplemented"
    if isinstance(obj, BaseException):
        d = getattr(obj, "__dict__", None)
        if d:
            return t, obj.args, dict(d)
        return t, obj.args
    module = t.__module__
    name = t.__qualname__
    if module == "collections":
        if name == "OrderedDict":
            return t, (), None, None, iter(obj.items())
        if name == "defaultdict":
            args = () if obj.default_factory is None else (obj.default_factory,)
            return t, args, None, None, iter(obj.items())
        if name == "Counter":
            return t, (dict(obj),)
        if name == "deque":
            return (t, (), None, iter(obj)) if obj.maxlen is None else (t, ((), obj.maxlen), None, iter(obj))
    if module == "builtins":
        raise TypeError(f"cannot pickle {t.__name__!r} object")
    return None


def _reduce_object(obj, proto):
    """`object.__reduce_ex__(proto)` for an instance of a class that does
    not define its own reduction."""
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    cls = type(obj)
    kwargs = None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(r).__name__}'")
        if len(r) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        elif isinstance(obj, tuple):
            args = tuple(obj)
        elif isinstance(obj, int):
            args = (int(obj),)
        elif isinstance(obj, float):
            args = (float(obj),)
        elif isinstance(obj, str):
            args = (str(obj),)
        elif isinstance(obj, bytes):
            args = (bytes(obj),)
        else:
            args = ()
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    elif isinstance(obj, tuple):
        state = None
    else:
        state = _object_state(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


class Pickler:
    """Writes pickles of objects to a binary file (`dump`)."""
    __pyaot_tp_name__ = "_pickle.Pickler"

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        if not hasattr(file, "write"):
            raise TypeError("file must have a 'write' attribute")
        self._file = file
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._names = {}
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False
        self._depth = 0

    def clear_memo(self):
        """Forgets the objects already written (later dumps write them again)."""
        self.memo.clear()
        self._names.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        """Writes the pickle of `obj` to the file."""
        if not hasattr(self, "_out"):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        if self.proto >= 2:
            self._out += PROTO + bytes((self.proto,))
        self._framing = self.proto >= 4
        self.save(obj)
        self._write(STOP)
        self._commit_frame()
        self._framing = False
        self._flush()

    # ---- output and frames ------------------------------------------------

    def _write(self, data):
        if self._framing and self._frame_start == -1:
            self._frame_start = len(self._out)
            self._out += b"\0" * _FRAME_HEADER
        self._out += data

    def _write_large(self, header, payload):
        """An opcode whose payload fills a frame goes outside frames."""
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out += header
            self._out += payload
        else:
            self._write(header)
            self._write(payload)

    def _commit_frame(self):
        start = self._frame_start
        if start == -1:
            return
        size = len(self._out) - start - _FRAME_HEADER
        if size >= _FRAME_SIZE_MIN:
            self._out[start:start + _FRAME_HEADER] = FRAME + pack("<Q", size)
        else:
            del self._out[start:start + _FRAME_HEADER]
        self._frame_start = -1

    def _boundary(self):
        """Before each object: a frame past the target size ends."""
        start = self._frame_start
        if start != -1 and len(self._out) - start - _FRAME_HEADER >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._flush()

    def _flush(self):
        if self._frame_start == -1 and self._out:
            self._file.write(bytes(self._out))
            self._out = bytearray()

    # ---- the memo ---------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            self._write(BINPUT + bytes((idx,)) if idx < 256 else LONG_BINPUT + pack("<I", idx))
        else:
            self._write(PUT + repr(idx).encode("ascii") + b"\n")
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if self.bin:
            self._write(BINGET + bytes((idx,)) if idx < 256 else LONG_BINGET + pack("<I", idx))
        else:
            self._write(GET + repr(idx).encode("ascii") + b"\n")

    # ---- saving -----------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._boundary()
        self._depth += 1
        if self._depth > 1000:
            raise RecursionError("maximum recursion depth exceeded while pickling an object")
        try:
            self._save(obj, save_persistent_id)
        finally:
            self._depth -= 1

    def _save(self, obj, save_persistent_id):
        if save_persistent_id and type(self) is not Pickler:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if t is bool:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_long(obj)
            return
        if t is float:
            if self.bin:
                self._write(BINFLOAT + pack(">d", obj))
            else:
                self._write(FLOAT + repr(obj).encode("ascii") + b"\n")
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._get(x[0])
            return
        if t is str:
            if _interned(obj):
                idx = self._names.get(obj)
                if idx is not None:
                    self._get(idx)
                    return
                self._names[obj] = len(self.memo)
            self._save_str(obj)
            return
        saver = self._SAVERS.get(t)
        if saver is not None and self.proto >= saver[0]:
            saver[1](self, obj)
            return
        rv = NotImplemented
        override = getattr(self, "reducer_override", None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if isinstance(obj, type) or t.__name__ in ("function", "builtin_function_or_method"):
                self.save_global(obj)
                return
            table = getattr(self, "dispatch_table", None)
            if table is None:
                table = dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError(f"{t.__name__}.__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError(f"tuple returned by {t.__name__}.__reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj):
        t = type(obj)
        if t.__module__ in ("builtins", "collections"):
            rv = _reduce_builtin(obj, self.proto)
            if rv is not None:
                return rv
        reduce_ex = getattr(t, "__reduce_ex__", None)
        if reduce_ex is not None:
            return obj.__reduce_ex__(self.proto)
        reduce = getattr(t, "__reduce__", None)
        if reduce is not None:
            return obj.__reduce__()
        if isinstance(obj, BaseException):
            return _reduce_builtin(obj, self.proto)
        return _reduce_object(obj, self.proto)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            if not isinstance(pid, str) or "\n" in pid:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(PERSID + pid.encode("ascii") + b"\n")

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + pack("<H", obj))
                else:
                    self._write(BININT + pack("<i", obj))
            else:
                self._write(INT + repr(obj).encode("ascii") + b"\n")
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            n = len(data)
            self._write((LONG1 + bytes((n,)) if n < 256 else LONG4 + pack("<i", n)) + data)
            return
        self._write(LONG + repr(obj).encode("ascii") + b"L\n")

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode("utf-8")
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes((n,)) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack("<Q", n), data)
            elif n > 0xffffffff:
                raise OverflowError("cannot serialize a string larger than 4GiB")
            else:
                self._write_large(BINUNICODE + pack("<I", n), data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (obj.decode("latin-1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self._write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            x = self.memo.get(id(obj))
            if x is not None:
                self._write(POP * n)
                self._get(x[0])
            else:
                self._write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            # The tuple was written while writing its items: drop these.
            self._write(POP_MARK if self.bin else POP * (n + 1))
            self._get(x[0])
            return
        self._write(TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin:
            self._batch_exact(obj, APPENDS)
        else:
            self._batch_appends(iter(obj))

    def _batch_exact(self, items, op):
        """A list's items: in batches of 1000 between MARK and APPENDS (a
        list of one: APPEND)."""
        n = len(items)
        if n == 0:
            return
        if n == 1:
            self.save(items[0])
            self._write(APPEND)
            return
        total = 0
        while total < len(items):
            self._write(MARK)
            batch = 0
            while total < len(items):
                self.save(items[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self._write(op)

    def _batch_appends(self, it):
        self._batch(it, False)

    def _batch_setitems(self, it):
        self._batch(it, True)

    def _save_item(self, x, pair):
        if pair:
            k, v = x
            self.save(k)
            self.save(v)
        else:
            self.save(x)

    def _batch(self, it, pair):
        """Items from an iterator (a reduction's list or dict items):
        APPEND/SETITEM one at a time under protocol 0, else batches of
        1000 between MARK and APPENDS/SETITEMS, a lone item last on its own."""
        one, many = (SETITEM, SETITEMS) if pair else (APPEND, APPENDS)
        if not self.bin:
            for x in it:
                self._save_item(x, pair)
                self._write(one)
            return
        buffered = []
        for x in it:
            buffered.append(x)
            if len(buffered) == _BATCHSIZE:
                self._write_batch(buffered, pair, one, many)
                buffered = []
        if buffered:
            self._write_batch(buffered, pair, one, many)

    def _write_batch(self, items, pair, one, many):
        if len(items) == 1:
            self._save_item(items[0], pair)
            self._write(one)
            return
        self._write(MARK)
        for x in items:
            self._save_item(x, pair)
        self._write(many)

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not self.bin:
            self._batch_setitems(iter(obj.items()))
            return
        if len(obj) == 1:
            self._save_item(next(iter(obj.items())), True)
            self._write(SETITEM)
            return
        self._batch_until_short(obj, list(obj.items()), True, SETITEMS, "dictionary")

    def _batch_until_short(self, obj, items, pair, op, what):
        """A dict's or set's items in batches of 1000 until one comes out
        short (an exact multiple ends with an empty batch, as CPython's
        does); nothing for none."""
        n = len(items)
        if n == 0:
            return
        start = 0
        while True:
            self._write(MARK)
            batch = items[start:start + _BATCHSIZE]
            for x in batch:
                self._save_item(x, pair)
            self._write(op)
            if len(obj) != n:
                raise RuntimeError(f"{what} changed size during iteration")
            start += _BATCHSIZE
            if len(batch) < _BATCHSIZE:
                break

    def _save_set(self, obj):
        self._write(EMPTY_SET)
        self.memoize(obj)
        self._batch_until_short(obj, list(obj), False, ADDITEMS, "set")

    def _save_bytearray(self, obj):
        self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_frozenset(self, obj):
        self._write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            self._write(POP_MARK)
            self._get(x[0])
            return
        self._write(FROZENSET)
        self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *,
                    obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, fargs, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(fargs)
                self.save(kwargs)
                self._write(NEWOBJ_EX)
            else:
                raise PicklingError("pyaot pickles keyword arguments to __new__ only with protocol 4 or higher")
        elif self.proto >= 2 and name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # Written while writing its arguments (a cycle through them).
                self._write(POP)
                self._get(x[0])
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
        module_name = getattr(obj, "__module__", None)
        if obj is _codecs_encode:
            module_name, name = "_codecs", "encode"
        elif module_name is None:
            module_name = _which_module(obj, name)
        if "<locals>" in name:
            raise AttributeError(f"Can't pickle local object {name!r}")
        found = _lookup(module_name, name)
        if found is None:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed")
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    self._write(EXT2 + pack("<H", code))
                else:
                    self._write(EXT4 + pack("<i", code))
                return
        if self.proto >= 4:
            self.save(module_name)
            if module_name in _C_MODULES or (module_name, name) in _C_NAMES:
                # CPython makes a C type's name afresh: not found in the memo.
                self._boundary()
                self._save_str(name)
            else:
                self.save(name)
            self._write(STACK_GLOBAL)
        elif "." in name:
            # A nested class or function: its parent's attribute.
            parent, _, last = name.rpartition(".")
            self.save_reduce(getattr, (_lookup(module_name, parent), last))
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAME_MAPPING:
                    module_name, name = _REVERSE_NAME_MAPPING[(module_name, name)]
                elif module_name in _REVERSE_IMPORT_MAPPING:
                    module_name = _REVERSE_IMPORT_MAPPING[module_name]
            try:
                text = GLOBAL + module_name.encode("utf-8" if self.proto >= 3 else "ascii") + b"\n"
                text += name.encode("utf-8" if self.proto >= 3 else "ascii") + b"\n"
            except UnicodeEncodeError:
                raise PicklingError(f"can't pickle global identifier '{module_name}.{name}' using pickle "
                                    f"protocol {self.proto}") from None
            self._write(text)
        self.memoize(obj)


    # The types written by their own opcodes: the lowest protocol that has
    # them, and the method writing them (others are reduced).
    _SAVERS = {bytes: (0, _save_bytes), tuple: (0, _save_tuple), list: (0, _save_list), dict: (0, _save_dict),
               set: (4, _save_set), frozenset: (4, _save_frozenset), bytearray: (5, _save_bytearray)}

class _Reader:
    """The bytes of a pickle: read from a file, a frame at a time where the
    pickle is framed, or from bytes already in memory."""

    def __init__(self, file=None, data=None):
        self._file = file
        self._data = data if data is not None else b""
        self._pos = 0
        self._in_frame = False

    def read(self, n):
        data = self._data
        pos = self._pos
        if pos + n <= len(data):
            self._pos = pos + n
            return data[pos:pos + n]
        if pos < len(data):
            if self._in_frame:
                raise UnpicklingError("pickle exhausted before end of frame")
            rest = data[pos:]
            self._pos = len(data)
            more = self._file.read(n - len(rest)) if self._file is not None else b""
            return rest + more
        self._in_frame = False
        if self._file is None:
            self._pos = len(data)
            return b""
        return self._file.read(n)

    def readline(self):
        data = self._data
        pos = self._pos
        if pos < len(data):
            end = data.find(b"\n", pos)
            if end >= 0:
                self._pos = end + 1
                return data[pos:end + 1]
            if self._in_frame:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._pos = len(data)
            return data[pos:] + (self._file.readline() if self._file is not None else b"")
        self._in_frame = False
        if self._file is None:
            return b""
        return self._file.readline()

    def load_frame(self, size):
        if self._pos < len(self._data) and self._in_frame:
            raise UnpicklingError("beginning of a new frame before end of current frame")
        if self._file is None:
            if len(self._data) - self._pos < size:
                raise UnpicklingError("pickle data was truncated")
            return
        frame = self._file.read(size)
        if len(frame) < size:
            raise UnpicklingError("pickle data was truncated")
        self._data = self._data[self._pos:] + frame
        self._pos = 0
        self._in_frame = True


class Unpickler:
    """Reads objects back from pickles in a binary file (`load`)."""
    __pyaot_tp_name__ = "_pickle.Unpickler"

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        if not hasattr(file, "read") or not hasattr(file, "readline"):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._reader = _Reader(file=file)
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.proto = 0

    def find_class(self, module, name):
        """The class or function a pickle names by module and name."""
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        if module not in _SPECIAL_MODULES and module not in sys.modules:
            raise ModuleNotFoundError(f"No module named '{module}'")
        found = _lookup(module, name)
        if found is None or self.proto < 4 and "." in name:
            where = sys.modules.get(module)
            raise AttributeError(f"Can't get attribute '{name}' on {where!r}")
        return found

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\nbut no persistent_load "
                              "function was specified.")

    def load(self):
        """The next object in the file."""
        if not hasattr(self, "_reader"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        return self._load(self._reader)

    def _load(self, r):
        self.proto = 0
        stack = []
        metastack = []
        memo = self.memo
        read = r.read

        def need(n):
            data = read(n)
            if len(data) < n:
                raise UnpicklingError("pickle data was truncated")
            return data

        def counted(size, what=None):
            """The payload after its length, `size` bytes little-endian
            (signed where `what` names the opcode for the error)."""
            n = int.from_bytes(need(size), "little", signed=what is not None)
            if n < 0:
                raise UnpicklingError(f"{what} pickle has negative byte count")
            return need(n)

        def pop_mark():
            nonlocal stack
            if not metastack:
                raise UnpicklingError("could not find MARK")
            items = stack
            stack = metastack.pop()
            return items

        def underflow():
            if metastack:
                return UnpicklingError("unexpected MARK found")
            return UnpicklingError("unpickling stack underflow")

        def pop():
            if not stack:
                raise underflow()
            return stack.pop()

        def top():
            if not stack:
                raise underflow()
            return stack[-1]

        def line():
            data = r.readline()
            if not data.endswith(b"\n"):
                raise UnpicklingError("pickle data was truncated")
            return data[:-1]

        def memo_get(i):
            if i not in memo:
                raise UnpicklingError(f"Memo value not found at index {i}")
            stack.append(memo[i])

        def memo_put(i):
            if i < 0:
                raise ValueError("negative PUT argument")
            memo[i] = top()

        def decode_string(data):
            if self.encoding == "bytes":
                return data
            return data.decode(self.encoding, self.errors)

        while True:
            key = read(1)
            if not key:
                raise EOFError("Ran out of input")
            op = key[0]
            if op == 0x2e:  # STOP
                return pop()
            if op == 0x80:  # PROTO
                proto = need(1)[0]
                if proto > HIGHEST_PROTOCOL:
                    raise ValueError(f"unsupported pickle protocol: {proto}")
                self.proto = proto
            elif op == 0x95:  # FRAME
                size = unpack("<Q", need(8))[0]
                r.load_frame(size)
            elif op == 0x4b:  # BININT1
                stack.append(need(1)[0])
            elif op == 0x4d:  # BININT2
                stack.append(unpack("<H", need(2))[0])
            elif op == 0x4a:  # BININT
                stack.append(unpack("<i", need(4))[0])
            elif op == 0x8c:  # SHORT_BINUNICODE
                stack.append(counted(1).decode("utf-8"))
            elif op == 0x94:  # MEMOIZE
                memo[len(memo)] = top()
            elif op == 0x71:  # BINPUT
                memo_put(need(1)[0])
            elif op == 0x72:  # LONG_BINPUT
                memo_put(unpack("<I", need(4))[0])
            elif op == 0x70:  # PUT
                memo_put(int(line()))
            elif op == 0x68:  # BINGET
                memo_get(need(1)[0])
            elif op == 0x6a:  # LONG_BINGET
                memo_get(unpack("<I", need(4))[0])
            elif op == 0x67:  # GET
                memo_get(int(line()))
            elif op == 0x28:  # MARK
                metastack.append(stack)
                stack = []
            elif op == 0x5d:  # EMPTY_LIST
                stack.append([])
            elif op == 0x7d:  # EMPTY_DICT
                stack.append({})
            elif op == 0x29:  # EMPTY_TUPLE
                stack.append(())
            elif op == 0x8f:  # EMPTY_SET
                stack.append(set())
            elif op == 0x61:  # APPEND
                value = pop()
                top().append(value)
            elif op == 0x65:  # APPENDS
                items = pop_mark()
                lst = top()
                if type(lst) is list:
                    lst.extend(items)
                else:
                    extend = getattr(lst, "extend", None)
                    if extend is not None:
                        extend(items)
                    else:
                        for item in items:
                            lst.append(item)
            elif op == 0x73:  # SETITEM
                value = pop()
                k = pop()
                top()[k] = value
            elif op == 0x75:  # SETITEMS
                items = pop_mark()
                d = top()
                for i in range(0, len(items), 2):
                    d[items[i]] = items[i + 1]
            elif op == 0x90:  # ADDITEMS
                items = pop_mark()
                s = top()
                if isinstance(s, set):
                    s.update(items)
                else:
                    for item in items:
                        s.add(item)
            elif op == 0x91:  # FROZENSET
                items = pop_mark()
                stack.append(frozenset(items))
            elif op == 0x85:  # TUPLE1
                stack.append((pop(),))
            elif op == 0x86:  # TUPLE2
                b = pop()
                a = pop()
                stack.append((a, b))
            elif op == 0x87:  # TUPLE3
                c = pop()
                b = pop()
                a = pop()
                stack.append((a, b, c))
            elif op == 0x74:  # TUPLE
                items = pop_mark()
                stack.append(tuple(items))
            elif op == 0x6c:  # LIST
                items = pop_mark()
                stack.append(items)
            elif op == 0x64:  # DICT
                items = pop_mark()
                stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})
            elif op == 0x4e:  # NONE
                stack.append(None)
            elif op == 0x88:  # NEWTRUE
                stack.append(True)
            elif op == 0x89:  # NEWFALSE
                stack.append(False)
            elif op == 0x47:  # BINFLOAT
                stack.append(unpack(">d", need(8))[0])
            elif op == 0x46:  # FLOAT
                stack.append(float(line().decode("ascii")))
            elif op == 0x49:  # INT
                data = line()
                if data == b"00":
                    stack.append(False)
                elif data == b"01":
                    stack.append(True)
                else:
                    stack.append(int(data.decode("ascii")))
            elif op == 0x4c:  # LONG
                data = line()
                if data.endswith(b"L"):
                    data = data[:-1]
                stack.append(int(data.decode("ascii")))
            elif op == 0x8a:  # LONG1
                stack.append(_decode_long(counted(1)))
            elif op == 0x8b:  # LONG4
                stack.append(_decode_long(counted(4, "LONG")))
            elif op == 0x58:  # BINUNICODE
                stack.append(counted(4).decode("utf-8"))
            elif op == 0x8d:  # BINUNICODE8
                stack.append(counted(8).decode("utf-8"))
            elif op == 0x56:  # UNICODE
                stack.append(_raw_unicode_unescape(line()))
            elif op == 0x43:  # SHORT_BINBYTES
                stack.append(counted(1))
            elif op == 0x42:  # BINBYTES
                stack.append(counted(4))
            elif op == 0x8e:  # BINBYTES8
                stack.append(counted(8))
            elif op == 0x96:  # BYTEARRAY8
                stack.append(bytearray(counted(8)))
            elif op == 0x55:  # SHORT_BINSTRING
                stack.append(decode_string(counted(1)))
            elif op == 0x54:  # BINSTRING
                stack.append(decode_string(counted(4, "BINSTRING")))
            elif op == 0x53:  # STRING
                data = line().rstrip()
                if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
                    data = data[1:-1]
                else:
                    raise UnpicklingError("the STRING opcode argument must be quoted")
                stack.append(decode_string(_unescape_string(data)))
            elif op == 0x93:  # STACK_GLOBAL
                name = pop()
                module = pop()
                if type(name) is not str or type(module) is not str:
                    raise UnpicklingError("STACK_GLOBAL requires str")
                stack.append(self.find_class(module, name))
            elif op == 0x63:  # GLOBAL
                module = line().decode("utf-8")
                name = line().decode("utf-8")
                stack.append(self.find_class(module, name))
            elif op in (0x82, 0x83, 0x84):  # EXT1, EXT2, EXT4
                code = need(1)[0] if op == 0x82 else unpack("<H", need(2))[0] if op == 0x83 else \
                    unpack("<i", need(4))[0]
                obj = _extension_cache.get(code)
                if obj is None:
                    key = _inverted_registry.get(code)
                    if not key:
                        if code <= 0:
                            raise UnpicklingError("EXT specifies code <= 0")
                        raise ValueError(f"unregistered extension code {code}")
                    obj = self.find_class(key[0], key[1])
                    _extension_cache[code] = obj
                stack.append(obj)
            elif op == 0x52:  # REDUCE
                args = pop()
                func = pop()
                stack.append(func(*args))
            elif op == 0x81:  # NEWOBJ
                args = pop()
                cls = pop()
                if not isinstance(cls, type):
                    raise UnpicklingError("NEWOBJ class argument isn't a type object")
                stack.append(cls.__new__(cls, *args))
            elif op == 0x92:  # NEWOBJ_EX
                kwargs = pop()
                args = pop()
                cls = pop()
                stack.append(cls.__new__(cls, *args, **kwargs))
            elif op == 0x62:  # BUILD
                state = pop()
                _build(top(), state)
            elif op == 0x69:  # INST
                module = line().decode("ascii")
                name = line().decode("ascii")
                cls = self.find_class(module, name)
                items = pop_mark()
                stack.append(_instantiate(cls, items))
            elif op == 0x6f:  # OBJ
                args = pop_mark()
                if not args:
                    raise UnpicklingError("unpickling stack underflow")
                cls = args.pop(0)
                stack.append(_instantiate(cls, args))
            elif op == 0x30:  # POP
                if stack:
                    stack.pop()
                elif metastack:
                    pop_mark()
                else:
                    raise UnpicklingError("unpickling stack underflow")
            elif op == 0x31:  # POP_MARK
                pop_mark()
            elif op == 0x32:  # DUP
                stack.append(top())
            elif op == 0x50:  # PERSID
                pid = line().decode("ascii")
                stack.append(self.persistent_load(pid))
            elif op == 0x51:  # BINPERSID
                stack.append(self.persistent_load(pop()))
            elif op == 0x97:  # NEXT_BUFFER
                if self._buffers is None:
                    raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument "
                                          "was given")
                try:
                    stack.append(next(self._buffers))
                except StopIteration:
                    raise UnpicklingError("not enough out-of-band buffers") from None
            elif op == 0x98:  # READONLY_BUFFER
                pass
            else:
                ch = key.decode("latin-1")
                shown = ch if 0x20 <= op < 0x7f else "\\x%02x" % op
                raise UnpicklingError(f"invalid load key, '{shown}'.")


def _unescape_string(data):
    """A protocol 0 STRING's body with its backslash escapes resolved."""
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39, ord('"'): 34, ord("a"): 7,
              ord("b"): 8, ord("f"): 12, ord("v"): 11}
    while i < n:
        c = data[i]
        if c != 0x5c or i + 1 == n:
            out.append(c)
            i += 1
            continue
        e = data[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e == ord("x"):
            out.append(int(data[i + 2:i + 4], 16))
            i += 4
        elif 0x30 <= e <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        else:
            out.append(c)
            i += 1
    return bytes(out)


def _instantiate(cls, args):
    """INST and OBJ (protocols 0 and 1): the class called with the
    arguments, or made without `__init__` when there are none."""
    if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
        return cls(*args)
    return cls.__new__(cls)


def _build(inst, state):
    """BUILD: `__setstate__(state)`, or the state's dict (and slots) set as
    attributes."""
    setstate = getattr(inst, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        if not isinstance(state, dict):
            raise UnpicklingError("state is not a dictionary")
        for k, v in state.items():
            setattr(inst, k, v)
    if slotstate:
        if not isinstance(slotstate, dict):
            raise UnpicklingError("slot state is not a dictionary")
        for k, v in slotstate.items():
            setattr(inst, k, v)


class _BytesSink:
    """Where `dumps` collects what the pickler writes."""

    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)
        return len(data)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of `obj` to the binary file `file`."""
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of `obj`, as bytes."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return b"".join(sink.chunks)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The next object pickled in the binary file `file`."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """The object the pickle `data` holds."""
    if isinstance(data, str):
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")
    u = Unpickler(_NoFile(), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    u._reader = _Reader(data=bytes(data))
    return u.load()


class _NoFile:
    """The file of an Unpickler reading bytes in memory (never read)."""

    def read(self, n):
        return b""

    def readline(self):
        return b""
