# error: 'from __future__ import annotations' in a module with class annotations is not supported yet
from __future__ import annotations


class C:
    x: int


print(C.__annotations__)
