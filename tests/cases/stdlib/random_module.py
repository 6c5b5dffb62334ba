# random on CPython's Mersenne Twister: a seeded program draws exactly
# CPython's numbers (random, randint, randrange, getrandbits, shuffle,
# choice, sample, choices, uniform, gauss, expovariate, normalvariate).
import random
from random import randint, choice

random.seed(42)
print(random.random(), random.random())
print([randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, -2), random.getrandbits(70))
xs = list(range(10))
random.shuffle(xs)
print(xs, choice("abcdef"), choice(xs))
print(random.sample(range(100), 5), random.sample("abcdefghij", 3), random.sample(range(1000), 30)[:5])
print(random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.gauss(5, 2), 12))
print(round(random.expovariate(1.5), 12), round(random.normalvariate(0, 1), 12))
random.seed(12345678901234567890)
print(random.random(), randint(1, 10**30))
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
print(a == [random.random() for _ in range(3)], random.randint(0, 0))
for bad in [lambda: random.randrange(0), lambda: choice([]), lambda: random.sample([1], 2), lambda: random.randrange(1, 5, 0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
