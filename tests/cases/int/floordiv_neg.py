for a in [-7, -1, 0, 1, 7]:
    for b in [-3, -1, 1, 3]:
        print(a, b, a // b, a % b, divmod(a, b))
