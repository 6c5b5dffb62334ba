import shapes
from shapes import Tagged

class Here:
    pass

s = shapes.Shape()
print(shapes.Shape.__module__, Here.__module__, repr(shapes.Shape), repr(Here))
print(repr(s).startswith("<shapes.Shape object at 0x"), type(s).__module__, Tagged())
print(shapes.make().__module__, shapes.make().__qualname__)
