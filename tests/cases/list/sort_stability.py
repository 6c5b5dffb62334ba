pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (3, "a")]
print(sorted(pairs), sorted(pairs, reverse=True))
nums = [5, -2, 9, 0, -7, 3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["pear", "fig", "apple"]
words.sort()
print(words, sorted([3.5, 1, 2.25, -1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
