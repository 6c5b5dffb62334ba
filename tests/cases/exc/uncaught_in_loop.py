total = 0
for i in [3, 2, 1, 0]:
    total += 6 // i
    print("total", total)
