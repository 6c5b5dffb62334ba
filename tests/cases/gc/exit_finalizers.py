# At exit, the cycles already garbage are collected first; then every
# finalizer left runs, in the order the objects were made, while the
# globals it may read are all still there.
log = "intact"


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, log)


a = T(1)
b = T(2)
b.me = b
del b
c = T(3)
c.me = c
d = [T(4)]
d.append(d)
e = T(5)
print("end of the module")
