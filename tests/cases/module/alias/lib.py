calls = 0


def compute(x):
    global calls
    calls += 1
    return x * x + 1


def fast_sum(n):
    total = 0
    for i in range(n):
        total += compute(i) % 7
    return total
