# error: this annotation under 'from __future__ import annotations' is not supported yet
from __future__ import annotations


def f(x: 1 + 2) -> None:
    pass
