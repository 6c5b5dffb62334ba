def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = list(range(0, 100, 3))
print([bsearch(data, t) for t in [0, 3, 50, 51, 99, 97, -1]])
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bsearch(words, "kiwi"), bsearch(words, "grape"))
