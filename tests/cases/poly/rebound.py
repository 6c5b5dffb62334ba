x = 1
print(x + 1)
x = "now a string"
print(x.upper())
x = [x, x]
print(x)

def pick(flag):
    if flag:
        return 42
    return None

for f in [True, False]:
    v = pick(f)
    if v is None:
        print("none")
    else:
        print(v + 1)
y = 3
y = y * 1.5
print(y)
