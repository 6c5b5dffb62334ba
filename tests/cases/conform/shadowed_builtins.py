# A module global named like a builtin: functions reading it before the
# module binds it get the builtin, as in CPython.
def call_min():
    return min([3, 1, 2])
print(call_min())
def min(*args):
    return "shadowed"
print(call_min())
def use_len(x):
    return len(x)
print(use_len("abc"))
len = lambda x: 42
print(use_len("abc"))
def show():
    return str(5) + "!"
print(show())
class str:
    pass
print(show.__name__)
try:
    show()
except TypeError as e:
    print("TypeError", e)
sum = 0
for i in range(4):
    sum += i
print(sum)
print(max(1, 2))
def max(*args):
    return "shadowed-max"
print(max(1, 2))
