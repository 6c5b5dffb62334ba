# match: literal, capture, wildcard, sequence (with *rest), mapping (with
# **rest), OR, as, guards, singletons, builtin class patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "true?"
        case None:
            return "none"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "some int"
        case float() as f:
            return f"float {f}"
        case str(s) if len(s) == 0:
            return "empty string"
        case str() as s:
            return "string " + s
        case []:
            return "empty sequence"
        case [a]:
            return f"one item {a!r}"
        case [a, b]:
            return f"pair {a!r} {b!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case {"kind": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"kind": kind, **rest}:
            return f"kind {kind} with {rest}"
        case {}:
            return "some mapping"
        case _:
            return "something else"


for v in [0, 2, True, None, -5, 42, 2.5, "", "hi", [], (7,), [1, "x"], (1, 2, 3, 4),
          range(3), {"kind": "point", "x": 1, "y": 2}, {"kind": "box", "w": 3, "h": 4},
          {"other": 1}, {1, 2}, "abc"[0:0]]:
    print(describe(v))


def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking up " + ", ".join(items)
        case ["pick", "up"]:
            return "pick up what?"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case _:
            return "nothing"


for c in ["go north", "go up", "pick up sword shield", "pick up", "quit", "exit", "dance now", ""]:
    print(command(c))

point = (3, 4)
match point:
    case (0, 0):
        where = "origin"
    case (x, 0) | (0, x):
        where = f"axis {x}"
    case (x, y) if x == y:
        where = "diagonal"
    case (x, y):
        where = f"at {x},{y}"
print(where, x, y)

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)

match {"a": 1}:
    case {"b": _}:
        print("no")
    case other:
        print("captured", other)

count = 0
for item in [1, "two", 3.0, [4], None]:
    match item:
        case int() | float():
            count += 1
        case _:
            pass
print(count)
