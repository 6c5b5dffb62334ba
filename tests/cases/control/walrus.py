if (n := len([1, 2, 3, 4, 5])) > 3:
    print(f"Length {n} is large")
data = [1, 5, 12, 7, 20]
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
