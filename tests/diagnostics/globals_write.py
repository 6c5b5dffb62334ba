# error: writing into globals() (assign the global instead) is not supported yet
x = 1
globals()["x"] = 2
print(x)
