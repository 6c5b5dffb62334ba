# sys.version_info and sys.flags (struct sequences: tuples with named fields, none of namedtuple's helpers), sys.version, sys.hexversion, sys.intern.
import sys
vi = sys.version_info
print(vi[:2], vi >= (3, 8), vi < (3, 12), vi.major, vi.minor, vi.releaselevel, vi.serial)
print(type(vi).__name__, type(vi), type(vi).__qualname__, type(vi).__module__, isinstance(vi, tuple))
print(sys.version_info is sys.version_info, len(vi), vi.n_fields, vi.n_sequence_fields, vi.n_unnamed_fields)
major, minor, *rest = vi
print(major, minor, len(rest), vi.__match_args__)
match vi:
    case (3, m, *_):
        print("py3", m)
try:
    match vi:
        case sys.version_info(major=3, minor=mm):
            print("class pattern", mm)
except TypeError as e:
    print(e)
match vi:
    case tuple((3, mm, *_)):
        print("tuple pattern", mm)
print(sys.hexversion >> 16 == 0x030b, sys.version.startswith("3.11."), sys.version_info[:2] == (3, 11))
for bad in ("foobar", "_fields", "_asdict"):
    try:
        getattr(vi, bad)
    except AttributeError as e:
        print(e)
try:
    type(vi)((1, 2, 3, "final", 0))
except TypeError as e:
    print(e)
f = sys.flags
print(f.optimize, f.debug, f.dev_mode, f.hash_randomization, f.isolated, type(f).__name__)
print(repr(f).startswith("sys.flags(debug=0, inspect=0"))
print(hash(vi) == hash(tuple(vi)), vi == tuple(vi), {vi: 1}[tuple(vi)], vi.count(0) >= 1, vi.index(3))
a = "".join(["ab", "cd"])
b = "".join(["a", "bcd"])
print(a is b, sys.intern(a) is sys.intern(b), sys.intern(a) == "abcd")
try:
    sys.intern(3)
except TypeError as e:
    print(e)
if sys.version_info >= (3, 10):
    print("new enough")
print(sorted(vi[:2]), list(vi)[:2], str(vi).split("(")[0])
fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi[0] == fi.max, fi[-1], len(fi))
print(sys.maxunicode, len(chr(sys.maxunicode)), sys.api_version, sys.float_repr_style, sys.pycache_prefix)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names,
      list(sys.builtin_module_names) == sorted(sys.builtin_module_names), len(sys.copyright) > 0)
