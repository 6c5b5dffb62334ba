# Module annotations with `from __future__ import annotations` are source text; another module's are its own.
from __future__ import annotations
import helper
import plain

size: int = 3
names: list[str]
print(__annotations__)
print(helper.__annotations__, helper.LIMIT)
print(plain.__annotations__, plain.VALUE)
