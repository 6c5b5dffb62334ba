# Fraction: construction from ints, floats and strings, exact arithmetic
# with ints and Fractions, float and complex mixing, comparisons, hashing
# equal to equal numbers', rounding, limit_denominator, and CPython's errors.
import copy
import math
import pickle
from fractions import Fraction
def run(f):
    try: r=f(); return type(r).__name__+':'+repr(r)
    except Exception as e: return type(e).__name__+': '+str(e)
def check(f, label):
    print(label, run(lambda: f(Fraction)))
strs=['3/4',' -3/4 ','3 / 4','1.5','-.5','1.','.','1e5','1.5e-3','1E+2','1_000','1__0','1_0.5_0e1_0','1.d','1.dd','1.D',' 7 ','+7','--7','0/0','1/0','3/-4','1._5','', 'abc','1e','٣/٤','1.5/2','inf','nan','0x10','12345678901234567890.123456789e-30']
for s in strs: check(lambda F: F(s), 'str '+s)
vals=[0,1,-1,2,3,-7,10**20,True,0.5,-2.75,0.1,1e300,float('inf'),float('nan'),1+2j,2j]
for v in vals:
    check(lambda F: F(v), 'ctor %r'%v)
fr=[(1,3),(-7,3),(0,1),(6,4),(5,2),(-5,2),(10**30+1,7),(1,2**61-1),(3,1),(-1,1)]
import operator as op
ops=[op.add,op.sub,op.mul,op.truediv,op.floordiv,op.mod,divmod,op.pow,op.lt,op.le,op.gt,op.ge,op.eq,op.ne]
others=[0,1,-2,3,True,0.5,-0.25,float('inf'),float('nan'),1j,2+0j,'x',None]
for n,d in fr:
    for o in ops:
        for x in others:
            check(lambda F: o(F(n,d),x), '%s %s/%s %r'%(o.__name__,n,d,x))
            check(lambda F: o(x,F(n,d)), 'r%s %s/%s %r'%(o.__name__,n,d,x))
        for n2,d2 in fr:
            check(lambda F: o(F(n,d),F(n2,d2)), '%s %s/%s %s/%s'%(o.__name__,n,d,n2,d2))
    for f in [hash, abs, op.neg, op.pos, int, float, complex, math.floor, math.ceil, math.trunc, round, bool, str, repr, lambda x: round(x,2), lambda x: round(x,-1), lambda x: round(x,0),
              lambda x: x.limit_denominator(10), lambda x: x.limit_denominator(1), lambda x: x.limit_denominator(), lambda x: x.as_integer_ratio(), lambda x: (x.numerator, x.denominator, x.real, x.imag, x.conjugate()),
              lambda x: format(x,''), lambda x: format(x,'.2f'), lambda x: copy.copy(x), lambda x: copy.deepcopy(x), lambda x: x.limit_denominator(0), lambda x: x == x.limit_denominator(), lambda x: type(x).from_float(2.5), lambda x: type(x).from_float('x'),
              lambda x: x ** 0.5, lambda x: x ** -3, lambda x: 2 ** x, lambda x: 2.0 ** x, lambda x: (-8) ** x, lambda x: x ** type(x)(1,2), lambda x: sum([x, x]), lambda x: sorted([x, 0.1, 2, type(x)(1,5)])]:
        check(lambda F: f(F(n,d)), 'un %s/%s'%(n,d))
check(lambda F: F(F(1,2), F(1,3)), 'ff')
check(lambda F: F(1.5, 2), 'fl2')
check(lambda F: F(3, 4.0), 'fl2b')
check(lambda F: F(3, 0), 'zero')
check(lambda F: F(-6, -4), 'negs')
check(lambda F: F(math.pi).limit_denominator(1000), 'pi')
check(lambda F: [F(math.pi).limit_denominator(d) for d in range(1,200)], 'pi2')
class Sub(Fraction):
    pass


s = Sub(3, 6)
print(repr(s), repr(s + 1), repr(copy.copy(s)), type(copy.copy(s)).__name__, repr(-s))
print(pickle.loads(pickle.dumps(Fraction(-7, 3))), {Fraction(1, 2): "half"}[0.5], Fraction(1, 2) in {0.5})
print(sum(Fraction(1, n) for n in range(1, 30)), math.fsum([Fraction(1, 3)] * 3), max(Fraction(1, 3), 0.3, 1))
