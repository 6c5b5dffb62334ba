# A parameter whose default is None and that the body rebinds (issue 12, defect 8).
def accumulate(item, bucket=None):
    bucket = []

print(accumulate(1))

def acc(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(acc(1), acc(2, [0]), acc(3))

def count(n, total=0):
    total = str(total)
    return total + "!" * n

print(count(2), count(1, 5))

def opt(flag=False, label=None):
    if flag:
        label = label or "on"
    else:
        label = 0
    return label

print(opt(), opt(True), opt(True, "x"))

def widen(a, b=1):
    b = [b]
    a = str(a)
    return a, b

print(widen(3), widen("x", 2.5))
