def f(flag):
    if flag:
        x = 1
    return x

print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("NameError:", e)
