# del name: globals and locals become unbound; del of several targets.
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)
x = "again"
print(x)


def f():
    a = [1, 2]
    b = 3
    del a, b
    try:
        return a
    except UnboundLocalError as e:
        return str(e)


print(f())


def g(n):
    total = 0
    for i in range(n):
        tmp = i * 2
        total += tmp
        del tmp
    try:
        del tmp
    except UnboundLocalError as e:
        print(e)
    return total


print(g(4))
try:
    del undefined_name
except NameError as e:
    print(e)
items = {"a": 1, "b": 2}
del items["a"], items["b"]
print(items)
