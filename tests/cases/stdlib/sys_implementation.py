# sys.implementation is the implementation's own (name, cache_tag, version):
# only its shape is the same everywhere.
from __future__ import annotations
import sys

impl = sys.implementation
print(type(impl).__name__, type(impl.name).__name__, impl.name == impl.name.lower())
print(impl.cache_tag is None or isinstance(impl.cache_tag, str), len(impl.version) == 5)
impl.extra = 1
print(impl.extra)


def f(x: NotDefinedAnywhere) -> AlsoUndefined:
    return x


print(f(3))
