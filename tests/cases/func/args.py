def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def area(w, h=2):
    return w * h

print(area(3), area(3, 4), area(h=5, w=2), area(2.5))

def kwonly(a, *, b=10):
    return a + b

print(kwonly(1), kwonly(1, b=2))

def posonly(a, b, /):
    return a - b

print(posonly(5, 3))
