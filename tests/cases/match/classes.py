# Class patterns over user classes: keyword sub-patterns, positional ones
# through __match_args__, nesting, guards, and missing attributes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


class Tag:
    def __init__(self, name):
        self.name = name


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle at x={cx}"
        case Tag(name="a" | "b" as n):
            return "tag " + n
        case Tag(missing=1):
            return "impossible"
        case Point() | Circle():
            return "other shape"
        case _:
            return "unknown"


for v in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Circle(Point(0, 0), 4),
          Circle(Point(7, 1), 20), Circle(Point(7, 1), 2), Tag("a"), Tag("z"), 42]:
    print(where(v))
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
