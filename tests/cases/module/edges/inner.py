print("inner loaded")
VALUE = 99
