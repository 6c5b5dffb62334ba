def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None

print(find([4, 5, 6], 5), find([4, 5, 6], 9))

def maybe(flag):
    if flag:
        return "yes"

print(maybe(True), maybe(False))

def nothing():
    pass

print(nothing())
