# string: the constants and capwords, Template (substitute, safe_substitute,
# errors with line and column, subclasses changing the delimiter, the
# identifier pattern or the whole pattern, get_identifiers, is_valid), and
# Formatter (format, vformat, parse on generated format strings, a subclass
# overriding its steps).
import random
import string
from string import Formatter, Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("  hello   big world "), string.capwords("a-b-c", "-"), string.capwords("ab  cd", " "))

t = Template("$who likes $what; ${who}s pay $$10")
print(t.substitute(who="tim", what="kung pao"), "|", t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"), "|", t.template, "|", t.get_identifiers(), t.is_valid())
for text in ["$who $", "line one\nand $ bad", "${unclosed", "$1abc", "ok $x\n\n  $"]:
    tt = Template(text)
    try:
        print(repr(tt.substitute(x=1, who=2)))
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
    print(" ", repr(tt.safe_substitute()), tt.is_valid(), tt.get_identifiers())
try:
    Template("$missing").substitute()
except KeyError as e:
    print("KeyError", e)


class Percent(Template):
    delimiter = "%"


class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"


class Upper(Template):
    flags = 0
    idpattern = "[A-Z]+"


class Custom(Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>)(?!) |
      (?P<invalid>)
    )
    """


print(Percent("%name has 100%% of %{what}").substitute(name="x", what="it"))
print(Dotted("$a.b and $c").substitute({"a.b": 1, "c": 2}))
print(Upper("$HI $lo").safe_substitute(HI="hey", lo="no"))
print(Custom("[[name]] costs [[[[5").substitute(name="tea"), Custom("[[bad").safe_substitute())
print(Template.delimiter, Template.idpattern, Template.flags == string.re.IGNORECASE if hasattr(string, "re") else True)
print(type(Template.pattern).__name__, Template.pattern.groupindex["named"])

f = Formatter()
print(f.format("{0}-{x}-{1:>5}|{2!r}", "a", 2.5, "q", x=[1]))
print(f.vformat("{a[0]}{b.real:+}", (), {"a": "xyz", "b": 3}))
print(f.format("{:{}{}}", 7, "<", 4) + "|", f.format("{0:{1}}", "ab", 5) + "|")
print(list(f.parse("a{{b}}c{0!s:>{w}}d{}")))


class Upcase(Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(map(str, used_args)))


print(Upcase().format("{0} {name} {missing}", "abc", name="def"))


def attempt(g):
    try:
        return repr(g())
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


for s in ["{0}{}", "{}{0}", "{0[}", "x{", "x}", "{a!}", "{a!rr}", "{a!x}", "{a{b}}", "{0.}", "{0[1]x}",
          "{0[]}", "{:{:{}}}", "{5}", "{nope}", "{[]}", "{.}", "{1[-1]}", "{a[+1]}", "{0! }", "{0!\x01}",
          "{0[0]x}", "{0[0}"]:
    print(repr(s), attempt(lambda: f.format(s, "ab", [1, 2], a=3)), attempt(lambda: list(f.parse(s))))

# Formatter.parse against the parser of str.format, on generated strings.
rng = random.Random(20261207)
pieces = ["{", "}", "{{", "}}", "a", "0", "1", "!", "r", "s", ":", ">", "5", "[", "]", ".", "x", "{}", "{0}",
          "{a}", "{0!r}", "{:>3}", "{a[1]}", " "]
acc = 0
for i in range(3000):
    s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
    line = repr(s) + attempt(lambda: list(f.parse(s))) + attempt(lambda: f.format(s, "p", [7, 8], a="q"))
    line += attempt(lambda: s.format("p", [7, 8], a="q"))
    for ch in line:
        acc = (acc * 31 + ord(ch)) % 1000000007
print("parse checksum", acc)
