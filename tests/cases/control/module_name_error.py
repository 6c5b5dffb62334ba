print("before")
try:
    print(not_defined_yet)
except NameError as e:
    print("NameError:", e)
not_defined_yet = 5
print(not_defined_yet)
