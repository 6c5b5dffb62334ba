a = [1, 2, 3]
try:
    print(a[5])
except IndexError as e:
    print("IndexError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a.index(99)
except ValueError as e:
    print("ValueError:", e)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError:", e)
print(a[-3], a[1:100], a[100:])
