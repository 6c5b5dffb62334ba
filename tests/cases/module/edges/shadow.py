x = "shadow x"
def read_x():
    return x
