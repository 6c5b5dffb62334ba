# Generators still suspended when the program ends are finalized, in the
# order the module's globals were defined (issue 12, defect 6), and the
# coroutine-pipeline protocol (defect 7).
def coroutine(func):
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return start

@coroutine
def sink(label):
    count = 0
    try:
        while True:
            item = yield
            count += 1
            print(label, "got", item)
    except GeneratorExit:
        print(label, "closing after", count)
        raise
    finally:
        print(label, "finally")

@coroutine
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

s = sink("A")
f = filt(lambda x: x % 2 == 0, s)
for i in range(6):
    f.send(i)
f.close()
s.close()

def unstarted():
    try:
        yield 1
    finally:
        print("never")
g = unstarted()
g.close()
g.close()
print(next(g, "closed before start"))
g = unstarted()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("thrown", e)
print(next(g, "done"))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
h = stubborn()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError", e)

def closes_itself():
    try:
        yield 1
    finally:
        try:
            me.close()
        except ValueError as e:
            print("ValueError:", e)
me = closes_itself()
next(me)
me.close()

def summary(name):
    total = 0
    try:
        while True:
            total += yield
    finally:
        print(name, "total", total)

b = summary("b")
a = summary("a")
next(a)
next(b)
a.send(5)
b.send(7)
held = [summary("in a list")]
next(held[0])

def local():
    g = summary("local")
    next(g)
    return 5
local()
print("end of program")
