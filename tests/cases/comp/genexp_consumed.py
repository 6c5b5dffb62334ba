xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in xs), max(x % 5 for x in xs), min(abs(x - 4) for x in xs))
print(list(x for x in xs if x > 3), sorted((x for x in xs), reverse=True), tuple(c for c in "ab"))
print(set(x % 3 for x in xs), dict((k, len(k)) for k in ["a", "bb"]))
print(", ".join(str(x) for x in xs), "".join(c.upper() for c in "shout" if c != "o"))
print(sum(1 for _ in range(10)), sum(i * 0.5 for i in range(4)), sum(x for x in [] if x))
words = ["apple", "kiwi", "banana"]
print(max(len(w) for w in words), sorted(w[::-1] for w in words))
