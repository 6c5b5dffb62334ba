nums = [5, 3, 5, 1, 3, 9, 1, 7]
seen = set()
unique = []
for n in nums:
    if n not in seen:
        seen.add(n)
        unique.append(n)
print(unique, seen, len(seen), sorted(seen))
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens & threes, evens - threes, len(evens | threes), threes ^ {0, 1})
