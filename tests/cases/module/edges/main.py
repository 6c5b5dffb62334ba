import a.b
print(a.b.f(), a.x)
from lazy import thing, other
print(thing, other)
import counter
counter.n += 5
print(counter.n, counter.get())
del counter.n
try:
    counter.get()
except NameError as e:
    print("NameError", e)
try:
    print(counter.n)
except AttributeError as e:
    print(e)
counter.n = 1
print(counter.get())
def late():
    import inner
    return inner.VALUE
print(late(), late())
x = "main x"
import shadow
print(x, shadow.x, shadow.read_x())
counter.items.append("main")
print(counter.items, counter.show())
import a
print(a.b is a.b, type(a.b).__name__)
