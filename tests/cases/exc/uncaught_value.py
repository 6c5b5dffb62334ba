print("start")
x = int("not a number")
