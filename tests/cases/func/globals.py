counter = 0

def bump(by=1):
    global counter
    counter += by
    return counter

bump()
bump(5)
print(counter)

def read_only():
    return counter * 2

print(read_only())
shared = []

def add(x, acc=[]):
    acc.append(x)
    return acc

print(add(1), add(2), add(3, []))

def f():
    return undefined_name

try:
    f()
except NameError as e:
    print("NameError:", e)
