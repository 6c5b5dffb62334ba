# statistics: every function on ints, floats, Fractions, mixed and bad data,
# empty and one-point data, iterators; NormalDist's methods and operators.
# Results must equal CPython's to the last bit.
import random
import statistics as S
from fractions import Fraction as F
def run(f):
    try: r=f(); return type(r).__name__+':'+repr(r)
    except Exception as e: return type(e).__name__+': '+str(e)
def check(label, f):
    print(label, run(lambda: f(S)))
rnd=random.Random(7)
datasets=[[1,2,3,4],[1,2,3],[2.5,3.25,5.5,11.25,11.75],[1],[],[F(1,3),F(2,7),F(5,9)],[1,2.5,F(1,2)],[True,False,True],[1e300,1e300,-1e300],[0.1]*10,
          [1,float('inf')],[float('nan'),1.0],['a','b'],[1,'a'],[3,3,1,1,2],[-1,2,3],[0,1,2],[5]]
for _ in range(60):
    k=rnd.randint(2,30)
    kind=rnd.random()
    if kind<0.3: d=[rnd.randint(-1000,1000) for _ in range(k)]
    elif kind<0.8: d=[rnd.uniform(-1e6,1e6) for _ in range(k)]
    else: d=[rnd.gauss(100,15) for _ in range(k)]
    datasets.append(d)
fns={'mean':lambda m,d: m.mean(d),'fmean':lambda m,d: m.fmean(d),'fmeanw':lambda m,d: m.fmean(d, range(1,len(d)+1)),'gmean':lambda m,d: m.geometric_mean(d),'hmean':lambda m,d: m.harmonic_mean(d),
     'hmeanw':lambda m,d: m.harmonic_mean(d, [2]*len(d)),'median':lambda m,d: m.median(d),'mlow':lambda m,d: m.median_low(d),'mhigh':lambda m,d: m.median_high(d),'mgroup':lambda m,d: m.median_grouped(d),
     'mgroup5':lambda m,d: m.median_grouped(d, 5),'mode':lambda m,d: m.mode(d),'multimode':lambda m,d: m.multimode(d),'var':lambda m,d: m.variance(d),'pvar':lambda m,d: m.pvariance(d),
     'stdev':lambda m,d: m.stdev(d),'pstdev':lambda m,d: m.pstdev(d),'varx':lambda m,d: m.variance(d, 1.5),'stdevx':lambda m,d: m.stdev(d, 3),'q':lambda m,d: m.quantiles(d),'q10':lambda m,d: m.quantiles(d, n=10),
     'qi':lambda m,d: m.quantiles(d, n=7, method='inclusive'),'qbad':lambda m,d: m.quantiles(d, method='x'),'q0':lambda m,d: m.quantiles(d, n=0),
     'cov':lambda m,d: m.covariance(d, d[::-1]),'cor':lambda m,d: m.correlation(d, [x*x for x in d]),'lr':lambda m,d: m.linear_regression(d, [3*x+1 for x in d]),'lrp':lambda m,d: m.linear_regression(d, d[::-1], proportional=True),
     'nd':lambda m,d: m.NormalDist.from_samples(d),'iter_mean':lambda m,d: m.mean(iter(d)),'iter_var':lambda m,d: m.variance(iter(d))}
for d in datasets:
    for name,f in fns.items():
        check(name+' '+repr(d)[:40], lambda m: f(m,d))
N=lambda m,*a: m.NormalDist(*a)
for p in [1e-300,1e-20,0.001,0.02,0.1,0.3,0.5,0.7,0.9,0.98,0.999999,1-1e-16,0,1]:
    check('inv %r'%p, lambda m: N(m,3,2).inv_cdf(p))
for x in [-5,-1,0,0.5,3,10]:
    check('pdf', lambda m: (N(m,1,2).pdf(x), N(m,1,2).cdf(x), N(m,1,2).zscore(x)))
check('ops', lambda m: (N(m,1,2)+N(m,3,4), N(m,1,2)-3, 3-N(m,1,2), N(m,1,2)*-2, N(m,1,2)/4, -N(m,1,2), +N(m), 2*N(m,1,2), N(m)==N(m,0,1), hash(N(m))==hash(N(m)), N(m,1,2).quantiles(), N(m,1,2).quantiles(10)))
check('overlap', lambda m: (N(m,0,1).overlap(N(m,1,2)), N(m,0,1).overlap(N(m,2,1)), N(m,5,3).overlap(N(m,0,1))))
check('props', lambda m: (N(m,1,2).mean, N(m,1,2).median, N(m,1,2).mode, N(m,1,2).stdev, N(m,1,2).variance))
check('samples', lambda m: N(m,1,2).samples(5, seed=42))
check('err', lambda m: N(m,1,-1))
check('err2', lambda m: N(m,1,0).pdf(1))
check('err3', lambda m: N(m,1,0).cdf(1))
check('err4', lambda m: N(m,1,1).overlap(3))
check('hmean neg', lambda m: m.harmonic_mean([1,-2]))
check('hmean 0', lambda m: m.harmonic_mean([1,0,2]))
check('hmean one', lambda m: m.harmonic_mean([3]))
check('hmean w', lambda m: m.harmonic_mean([40, 60], weights=[5, 30]))
check('fmean w bad', lambda m: m.fmean([1,2],[1]))
check('fmean w0', lambda m: m.fmean([1,2],[0,0]))
check('cov len', lambda m: m.covariance([1,2],[1]))
check('cor const', lambda m: m.correlation([1,1,1],[1,2,3]))
check('lr const', lambda m: m.linear_regression([1,1,1],[1,2,3]))
check('mg str', lambda m: m.median_grouped(['a','b']))
check('mean types', lambda m: m.mean([F(1,2), 0.5]))
