# __del__ of an object released by rebinding a global sees the global
# already rebound (never the value being released).
class N:
    def __del__(self):
        print("del", len(holder))

holder = [N()]
holder = [1, 2]
print("end")
other = [N()]
other = None
print("end2")
def f():
    global holder
    holder = [N(), N()]
    holder = [3]
f()
print("end3")
