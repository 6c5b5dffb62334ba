def f(v):
    try:
        a, b = v
        print(a, b)
    except ValueError as e:
        print("ValueError:", e)

f((1, 2))
f([1, 2, 3])
f([1])
f("ab")
