# typing.Protocol: isinstance/issubclass refused unless @runtime_checkable, then structural (members present, methods not None); nominal subclasses.
from typing import Protocol, runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: ...
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Named(Protocol):
    name: str
    def describe(self) -> str: ...
class A:
    def greet(self): return "hi"
    def close(self): pass
class B:
    name = "b"
    def describe(self): return "B"
class C:
    close = None
try:
    print(isinstance(A(), Greeter))
except TypeError as e:
    print(e)
try:
    issubclass(A, Greeter)
except TypeError as e:
    print(e)
print(isinstance(A(), Closer), isinstance(B(), Closer), isinstance(C(), Closer), isinstance(3, Closer))
print(isinstance(B(), Named), isinstance(A(), Named))
print(issubclass(A, Closer), issubclass(B, Closer))
try:
    issubclass(B, Named)
except TypeError as e:
    print(e)
try:
    runtime_checkable(A)
except TypeError as e:
    print(e)
class Impl(Closer):
    def close(self): print("closing")
print(isinstance(Impl(), Closer), issubclass(Impl, Closer))
Impl().close()
class File:
    def __init__(self): self.closed = False
    def close(self): self.closed = True
def shut(x):
    if isinstance(x, Closer):
        x.close()
        return "closed"
    return "not closable"
print(shut(File()), shut(42))
