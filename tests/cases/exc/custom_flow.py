def parse_all(items):
    good, bad = [], []
    for it in items:
        try:
            good.append(int(it))
        except ValueError:
            bad.append(it)
    return good, bad

print(parse_all(["1", "x", "22", "3.5", "-4"]))

def safe_ratio(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        return float("inf")
    else:
        return round(r, 2)
    finally:
        pass

print(safe_ratio(1, 3), safe_ratio(1, 0))
results = []
for i in range(4):
    try:
        if i % 2:
            raise KeyError(i)
        results.append(i)
    except KeyError as e:
        results.append(-i)
        continue
    finally:
        results.append("f")
print(results)
