# `%`-formatting on generated format strings: flags, widths, precisions
# (given or `*`), every conversion, mapping keys, literal text around the
# conversions (ASCII and not), with arguments of many types, and the
# errors of bad formats and argument counts. One line per block of 500
# cases holds a checksum of what was printed for them; `-v` prints each
# case instead.
import random
import sys

rng = random.Random(20261207)
VERBOSE_OUT = "-v" in sys.argv
LITERALS = ["", "", "a", "x=", " - ", "é", "[", "]", "ß ", "%%", "\n", "日本"]
FLAGS = ["", "", "", "-", "0", "+", " ", "#", "-0", "0+", "# ", "+-"]
WIDTHS = ["", "", "", "1", "2", "5", "12", "*"]
PRECISIONS = ["", "", "", ".", ".0", ".2", ".5", ".*"]
CONVS = "sdiusdrafFeEgGxXocsd%"
VALUES = [0, 1, -1, 7, -42, 255, 10 ** 20, -(10 ** 20), 2 ** 63, True, False, 0.0, -0.0, 1.5, -2.25, 1e300,
          3.14159, 1e-7, float("inf"), float("nan"), "", "abc", "é", "日本語", "-12", None, [1, 2], (3,),
          {"k": 1}, b"by", 65, 0x10FFFF, 0x110000, "x"]


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


def make_case():
    fmt = [rng.choice(LITERALS)]
    args = []
    use_keys = rng.random() < 0.15
    keyed = {}
    for _ in range(rng.randint(0, 4)):
        width = rng.choice(WIDTHS)
        prec = rng.choice(PRECISIONS)
        conv = rng.choice(CONVS)
        key = ""
        if use_keys:
            key = "(%s)" % rng.choice(["a", "b", "é", ""])
            width = width.replace("*", "3")
            prec = prec.replace("*", "1")
        if width == "*":
            args.append(rng.choice([3, -4, 0, 1, "w"]))
        if prec == ".*":
            args.append(rng.choice([2, 0, -1, 1]))
        fmt.append("%" + key + rng.choice(FLAGS) + width + prec + conv)
        fmt.append(rng.choice(LITERALS))
        value = rng.choice(VALUES)
        if use_keys:
            keyed[key[1:-1]] = value
        elif conv != "%":
            args.append(value)
    if rng.random() < 0.05:
        fmt.append(rng.choice(["%", "%(", "%5", "%.", "%q", "%é", "%(a"]))
    if use_keys:
        args = keyed
    elif rng.random() < 0.05 and args:
        args.pop()
    elif rng.random() < 0.05:
        args.append(1)
    elif len(args) == 1 and rng.random() < 0.5:
        args = args[0]
    else:
        args = tuple(args)
    return "".join(fmt), args


def as_bytes_args(args):
    # str values become bytes (what `%s` of bytes takes); keys too.
    conv = lambda v: v.encode("utf-8") if isinstance(v, str) else v
    if isinstance(args, dict):
        return {k.encode("utf-8"): conv(v) for k, v in args.items()}
    if isinstance(args, tuple):
        return tuple(conv(v) for v in args)
    return conv(args)


def run(label, count, convert):
    """Formats `count` generated cases, each made into the kind under test
    by `convert`, printing a checksum per block of 500."""
    acc = 0
    for i in range(count):
        fmt, args = convert(*make_case())
        try:
            out = repr(fmt % args)
        except (TypeError, ValueError, OverflowError, KeyError) as e:
            out = "%s: %s" % (type(e).__name__, e)
        line = "%d %r %r -> %s" % (i, fmt, args, out)
        if VERBOSE_OUT:
            print(line)
        acc = checksum(line, acc)
        if i % 500 == 499 and not VERBOSE_OUT:
            print(label, i // 500, acc)
            acc = 0


run("block", 4000, lambda fmt, args: (fmt, args))
run("bytes block", 2000, lambda fmt, args: (fmt.encode("utf-8"), as_bytes_args(args)))
