# error: f-string expression part cannot include a backslash
# (CPython 3.11 rejects it; found by tests/fuzz)
s = f"{'line\nbreak'!r}"
print(s)
