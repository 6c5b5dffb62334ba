s = {3, 1, 2}
s.add(10)
s.add(1)
print(s, len(s), 2 in s, 5 in s)
print({5, 3, 8, 1, 9, 2}, set([4, 4, 2, 1]), set("aaa"), set())
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= {1, 2, 3, 4, 5}, a < a, {1} < a, a.issubset(b), a.isdisjoint({9}))
s.discard(3)
s.remove(10)
print(s, sorted({"b", "a", "c"}), {x % 5 for x in range(20)})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
t = set()
for i in [100, 17, 33, 5, 64, 2, 1000, 41]:
    t.add(i)
print(t, t.pop(), t)
