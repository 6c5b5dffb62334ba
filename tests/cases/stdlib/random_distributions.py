# random's distributions draw CPython's exact values for a seed: module
# functions and Random instances, every distribution and its parameter
# branches (gamma below, at and above 1; von Mises' small kappa;
# triangular's mode), randbytes, and the errors.
import random

random.seed(12345)
print([random.triangular() for _ in range(3)], random.triangular(1, 5), random.triangular(1, 5, 4.5),
      random.triangular(2, 2, 2), random.triangular(10, 0, 1))
print([random.lognormvariate(0, 1) for _ in range(3)], random.lognormvariate(1.5, 0.25))
print([random.vonmisesvariate(1, k) for k in (0, 1e-7, 0.5, 4, 100)])
print([random.gammavariate(a, b) for a, b in ((0.1, 1), (0.5, 2), (1, 3), (1.5, 1), (9, 0.5), (200, 1))])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (1, 1), (2, 5), (20, 3))])
print([random.paretovariate(a) for a in (0.5, 1, 3)], [random.weibullvariate(a, b) for a, b in ((1, 1), (2, 0.5), (0.5, 3))])
print(random.randbytes(0), random.randbytes(1), random.randbytes(7), random.randbytes(16).hex())
print(random.expovariate(2), random.gauss(), random.normalvariate(3, 2), random.random())
r = random.Random(99)
print(r.triangular(0, 10, 3), r.gammavariate(2.5, 1), r.betavariate(3, 3), r.vonmisesvariate(0, 2),
      r.lognormvariate(0, 0.5), r.paretovariate(2), r.weibullvariate(1, 2), r.randbytes(5), r.random())
state = r.getstate()
a = [r.gammavariate(0.7, 1) for _ in range(5)]
r.setstate(state)
print(a == [r.gammavariate(0.7, 1) for _ in range(5)])
for f in (lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.betavariate(0, 1),
          lambda: random.randbytes(-1)):
    try:
        f()
    except ValueError as e:
        print(e)
# betavariate draws gamma(alpha) first: a bad beta fails after that draw.
random.seed(3)
for a, b in [(0.5, 0.5), (1, -1), (2, 0)]:
    try:
        print(random.betavariate(a, b))
    except ValueError as e:
        print(e)
print(random.random())
