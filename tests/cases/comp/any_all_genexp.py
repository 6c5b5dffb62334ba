calls = []


def check(x):
    calls.append(x)
    return x > 2


print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(x) for x in [3, 4, 1, 5]), calls)
print(any(x for x in []), all(x for x in []))
pairs = [(1, 2), (3, 4)]
print(any(a + b == 7 for a, b in pairs), all(a < b for a, b in pairs))
print(any(x == y for x in range(5) for y in range(3, 8)), all(x != y for x in range(3) for y in range(3, 6)))
words = ["add", "10", "20", "30"]
print(all(n.isdigit() for n in words[1:]), any(w.startswith("a") for w in words if len(w) > 2))
