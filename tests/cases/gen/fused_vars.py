# A generator call assigned to a variable that only one later for loop
# iterates is fused into that loop; any other use keeps a real generator.

def gen(n):
    for i in range(n):
        yield i

g = gen(5)
for x in g:
    print(x, end=" ")
print()

def f(n):
    it = gen(n)
    total = 0
    for v in it:
        total += v
    return total

print(f(10), f(0))

for k in range(3):
    h = gen(k)
    if k:
        for y in h:
            print(k, y)

def uses_twice(n):
    g = gen(n)
    for a in g:
        if a == 1:
            break
    for b in g:
        print("rest", b)

uses_twice(4)

def not_yet():
    q = later(2)
    for z in q:
        print("z", z)

try:
    not_yet()
except NameError as e:
    print(e)

def later(n):
    yield n
not_yet()
