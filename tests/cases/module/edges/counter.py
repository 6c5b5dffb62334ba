n = 0
items = []
def get():
    return n
def show():
    return len(items)
