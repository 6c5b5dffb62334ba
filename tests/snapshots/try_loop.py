def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return None
    finally:
        print("checked", a, b)


total = 0
for i in range(1, 4):
    r = safe_div(10, i - 1)
    if r is not None:
        total += r
print(f"total={total}")
