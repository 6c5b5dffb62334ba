def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)

def fdiv(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)

def mod(a, b):
    try:
        return a % b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)

print(div(1.0, 0.0), fdiv(1.0, 0.0), mod(1.0, 0.0))
print(div(1, 0), fdiv(1, 0), mod(1, 0))
print(div(1.0, 0.5), fdiv(7, 2), mod(7.5, 2))
