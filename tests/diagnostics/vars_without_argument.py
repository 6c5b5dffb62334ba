# error: vars() without an argument in a comprehension is not supported yet
# A comprehension's namespace is not there yet: refused rather than a
# wrong dictionary.
names = [sorted(vars()) for _ in range(1)]
print(names)
