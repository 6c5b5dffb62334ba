for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(5):
    if i == 3:
        break
else:
    print("not printed")
for i in range(2):
    pass
else:
    print("loop else runs", i)
n = 0
while n < 5:
    n += 1
    if n % 2 == 0:
        continue
    print("odd", n)
else:
    print("while else", n)
while True:
    n -= 1
    if n < 2:
        break
print("n", n)
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print((i, j), end="")
print()
