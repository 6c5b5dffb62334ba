# `s += t` on strings: appends in place only to a string no one else holds.
g = "start"
alias = g
g += "-more"
print(g, alias, g is alias)

s = ""
for i in range(5):
    s += str(i)
print(s, len(s))

s += s
print(s)


def side():
    global g
    g2 = g
    g += "!"
    return g2


g += side()
print(g)


def param(x):
    x += "tail"
    return x


base = "base"
print(param(base), base)


def maybe(flag):
    if flag:
        t = "x"
    try:
        t += "y"
    except UnboundLocalError as e:
        print("unbound:", e)
        return None
    return t


print(maybe(True), maybe(False))


def undefined_global():
    global never_set
    never_set += "x"


try:
    undefined_global()
except NameError as e:
    print("name error:", e)


def raises():
    raise ValueError("rhs failed")


h = "kept"
try:
    h += raises()
except ValueError as e:
    print(e, h)

# Hashes and indexes are recomputed after an append.
k = "clé"
d = {k: 1}
k += "s"
d[k] = 2
print(d, k[2], k[-1], k[1:3], hash(k) == hash("clés"))
w = "ü" * 40
print(w[35])
w += "ab" * 20
print(w[39], w[40], w[79], len(w), w[38:42])

# Items of containers and attributes are not variables: no change.
lst = ["a"]
lst[0] += "b"


class C:
    name = "n"


c = C()
c.name += "m"
print(lst, c.name, C.name)
big = ""
for i in range(100000):
    big += "xy"
print(len(big), big[-3:], big.count("yx"))
