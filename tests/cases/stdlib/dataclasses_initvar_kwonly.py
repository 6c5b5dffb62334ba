# dataclasses: InitVar (to __post_init__, not a field), KW_ONLY, field metadata, and the errors of misdeclared fields.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict, replace
import dataclasses

@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    y: int = 0
    def __post_init__(self, scale):
        self.y = self.x * scale

c = C(3)
print(c, C(3, 5), [f.name for f in fields(C)], asdict(c))
print(repr(C.__dataclass_fields__["scale"]).replace(repr(dataclasses.MISSING), "MISSING"))
print(repr(InitVar[int]), repr(InitVar[list[int]]))
print(C.__match_args__)

@dataclass
class D:
    a: int
    _: KW_ONLY
    b: int = 1
    c: str = "z"
print(D(1, b=2), D(5))
try:
    D(1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class E:
    n: int = field(default=0, metadata={"unit": "m"})
    m: list = field(default_factory=list)
f = fields(E)[0]
print(f.metadata["unit"], len(f.metadata), f.metadata, fields(E)[1].metadata)
print(repr(f).replace(repr(dataclasses.MISSING), "MISSING"))
try:
    @dataclass
    class Bad:
        a: int
        _: KW_ONLY
        b: int
        __: KW_ONLY
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad3:
        v: InitVar[int] = field(default_factory=int)
except TypeError as e:
    print("TypeError:", e)
class Unh:
    def __eq__(self, o): return True
try:
    @dataclass
    class Bad4:
        v: object = Unh()
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    field(bogus=1)
except TypeError as e:
    print("TypeError:", e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = field(default=2, kw_only=False)
print(K(5, a=1))
print(replace(D(1), c="q"))
@dataclass
class P:
    x: int
    s: InitVar[str]
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
print(type(dataclasses.KW_ONLY).__name__, fields(D)[1].kw_only, fields(E)[0].kw_only)
