# str.format: positional, named and automatic fields, attribute and index
# chains, nested specs, conversions, __format__, format_map, and its errors.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        return f"P<{self.x:{spec}},{self.y:{spec}}>"


p = P(1.5, 2.25)
print("{0.x} and {0.y}".format(p), "{name}!".format(name="Ann"), "{a[0]}-{b[k]}".format(a=[1, 2], b={"k": "v"}))
print("{:>{w}}|".format("hi", w=6), "{0:{1}}|".format(3.14159, ".2f"), "{}".format(p), f"{p:.1f}", format(p, ".0f"))
print("{x!r:>8}".format(x="q"), "{:,}".format(1234567), "{{}} {}".format(1), "{0}{1}{0}".format("a", "b"))
print("{name} is {age}".format_map({"name": "Bo", "age": 3}))
for bad in ["{0}{}", "{}{0}", "{x}", "{5}", "{!z}"]:
    try:
        print(bad.format(1))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
