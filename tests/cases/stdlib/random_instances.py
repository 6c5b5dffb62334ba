import random

a = random.Random(42)
b = random.Random(42)
print(a.random(), b.random(), a.random() == b.random())
print(a.randint(1, 100), a.randrange(10), a.randrange(0, 100, 7), a.uniform(1, 2), a.getrandbits(70))
items = list(range(10))
a.shuffle(items)
print(items, a.choice("abcdef"), a.sample(range(100), 5), a.choices("xyz", k=4), a.choices([1, 2, 3], weights=[5, 1, 1], k=5))
print(a.gauss(0, 1), a.gauss(), a.normalvariate(5, 2), a.expovariate(1.5))
random.seed(7)
g = random.Random(7)
print([random.random() for _ in range(3)] == [g.random() for _ in range(3)])
state = a.getstate()
x = [a.random() for _ in range(3)]
a.setstate(state)
print(x == [a.random() for _ in range(3)], len(state), state[0], len(state[1]))
random.seed(3)
s = random.getstate()
first = random.random()
random.setstate(s)
print(first == random.random())
c = random.Random()
c.seed(123)
d = random.Random("unused") if False else random.Random(123)
print(c.random() == d.random(), type(c).__name__)
try:
    a.setstate((1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    a.choice([])
except IndexError as e:
    print("IndexError", e)
h = random.Random(2**70 + 5)
print(h.random(), random.Random(0).random(), random.Random(-3).random())
