# The builtin exception classes of CPython 3.11 and their MROs (issue 12, defect 4).
class E(Exception):
    pass
class F(E):
    pass
print(E.__mro__)
print(F.__mro__, F.__bases__, F.__base__)
class M(KeyError, ValueError):
    pass
print(M.__mro__)
print(ConnectionResetError.__mro__)
print(Exception.__bases__, BaseException.__bases__, ValueError.__base__)
names = ["BufferError", "ReferenceError", "StopAsyncIteration", "SyntaxError", "IndentationError",
         "TabError", "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError",
         "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "FileExistsError",
         "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError",
         "PermissionError", "ProcessLookupError", "TimeoutError", "Warning", "UserWarning",
         "DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning",
         "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
         "EncodingWarning", "FloatingPointError", "UnicodeTranslateError"]
for cls in [BufferError, ReferenceError, StopAsyncIteration, SyntaxError, IndentationError, TabError,
            BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
            InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
            TimeoutError, Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning,
            SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning, FloatingPointError]:
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise BrokenPipeError("pipe")
except ConnectionError as e:
    print("caught", type(e).__name__, e, isinstance(e, OSError))
try:
    raise IOError("io")
except OSError as e:
    print(type(e).__name__, e)
class W(UserWarning):
    pass
print(issubclass(W, Warning), issubclass(W, Exception), W.__mro__)
try:
    raise W("careful")
except Warning as w:
    print("warning", w)
raise TimeoutError("too slow")
