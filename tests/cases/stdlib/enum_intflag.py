# enum.IntFlag (KEEP boundary, int operands, inversion, pseudo-members)
# and Flag's reprs of pseudo-members and boundaries.
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm(8)), repr(Perm(12)), repr(Perm(0)), str(Perm(12)), repr(~Perm.R), repr(Perm.R | 8), repr(Perm.R | Perm.W), Perm.R | Perm.W, format(Perm.R, '>3'), Perm.R + 1, Perm.R == 4, hash(Perm.R) == hash(4))
print(repr(Perm.R & 5), repr(5 & Perm.R), repr(Perm.R ^ Perm.W), list(Perm.R|Perm.X), Perm.W in (Perm.R|Perm.W), isinstance(Perm.R, int), repr(Perm(7)), Perm._boundary_, repr(-1 | Perm.R))
class Color(enum.IntFlag):
    RED = enum.auto()
    GREEN = enum.auto()
print(list(Color), Color.RED, Color(3), repr(~Color.RED), {Perm.R: 1}[4], sorted([Perm.W, Perm.R, Perm.X]))
print(repr(Perm.R >> 1), Perm.R * 2, type(Perm.R * 2))
print(Perm.R.name, Perm.R.value, (Perm.R | Perm.W).name, Perm["W"], Perm(2) is Perm.W, len(Perm.R | Perm.W), bool(Perm(0)))
print(f"{Perm.R}", f"{Perm.R | Perm.X!r}", "%d" % Perm.W, int(Perm.R | Perm.W))
match Perm.R | Perm.W:
    case 6:
        print("matched six")
class C(enum.Flag):
    A = 1
    B = 2
print(repr(C(0)), str(C(0)), repr(C(3)), str(C(3)))
class D(enum.Flag, boundary=enum.KEEP):
    A = 1
print(repr(D(4)), str(D(4)), repr(D(5)), str(D(5)))
print(str(enum.KEEP), repr(enum.KEEP))
