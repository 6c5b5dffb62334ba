print(__debug__, type(__debug__).__name__)
if __debug__:
    print("debug on")
x = [__debug__, not __debug__]
print(x)
