def inner(d):
    return d["key"]

def outer():
    print("before")
    return inner({})

outer()
print("never")
