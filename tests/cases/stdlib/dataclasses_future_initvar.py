# dataclasses with string annotations: ClassVar, InitVar and KW_ONLY recognized from their text.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, InitVar, KW_ONLY, field
from typing import ClassVar

@dataclass
class C:
    x: int
    k: ClassVar[int] = 5
    scale: InitVar[int] = 2
    _: KW_ONLY
    y: int = 0
    def __post_init__(self, scale):
        self.y = self.x * scale
print(C(3), C(3, 4, y=1), [f.name for f in dataclasses.fields(C)], C.__match_args__)
print(C.__init__.__annotations__)
