# argparse: positionals and options, the actions, nargs, type/choices/required, prefix matching, combined short
# flags, `--`, negative numbers, parse_known_args, and CPython's errors (exit status 2, message on stderr).
import argparse
import sys


def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())


def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v


p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c", type=int, choices=[1, 2, 3])
p.add_argument("--name", action=Upper)
p.add_argument("--even", type=even)
p.add_argument("--pair", nargs=2, type=int)
p.add_argument("--req", required=True, help="must be given")
p.add_argument("point", nargs=2, type=float)
p.add_argument("-x", dest="xs", action="append_const", const="x")
p.add_argument("--ext", action="extend", nargs="+")
for argv in [["--req", "r", "1", "2"], ["-ab", "--req=r", "1.5", "-2", "-c", "2"],
             ["--req", "r", "1", "2", "--name", "bob", "--even", "4", "--pair", "3", "4", "-x", "-x", "--ext", "a",
              "b", "--ext", "c"],
             ["--version"], ["1", "2"], ["--req", "r", "1"], ["--req", "r", "1", "2", "-c", "5"],
             ["--req", "r", "1", "2", "--even", "3"], ["--req", "r", "a", "2"], ["--req", "r", "1", "2", "--pair", "3"],
             ["--req", "r", "1", "2", "-ac"], ["--req", "r", "1", "2", "-az"], ["--re", "r", "1", "2"]]:
    run(p, argv)

q = argparse.ArgumentParser(prog="neg")
q.add_argument("-1", dest="one", action="store_true")
q.add_argument("n", nargs="?")
for argv in [["-1"], ["-1", "x"], ["-2"]]:
    run(q, argv)
r = argparse.ArgumentParser(prog="num")
r.add_argument("n", type=int)
r.add_argument("--opt")
for argv in [["-5"], ["--opt", "-5", "3"], ["-5", "--opt=-1"], ["--", "-7"]]:
    run(r, argv)

f = argparse.ArgumentParser(prog="f")
f.add_argument("-a", action="store_true")
f.add_argument("-b", type=int)
f.add_argument("--long", nargs="?", const="C")
f.add_argument("--many", nargs="+")
f.add_argument("--cnt", "-c", action="count")
f.add_argument("x")
f.add_argument("ys", nargs="*")
for argv in [["p", "q", "r"], ["-ab4", "p"], ["--lo", "p"], ["--long=v", "-cc", "p", "--", "-a"], ["p", "--many", "1", "2"],
             ["--many", "p"], ["-c", "--cnt", "p", "--bogus"], ["p", "-b", "x"], ["-b3", "p", "q", "-a", "r"]]:
    run(f, argv)
known = argparse.ArgumentParser(prog="known")
known.add_argument("--a")
print(known.parse_known_args(["--a", "1", "--b", "2", "pos"]))
defaults = argparse.ArgumentParser(prog="d", argument_default="dflt")
defaults.add_argument("--p")
defaults.add_argument("--q", type=int, default="7")
defaults.set_defaults(extra=[1])
print(defaults.parse_args([]), defaults.get_default("q"), defaults.get_default("extra"))
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
e = argparse.ArgumentParser(prog="e", exit_on_error=False)
e.add_argument("--n", type=int)
try:
    e.parse_args(["--n", "x"])
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
try:
    p.add_argument("-a")
except argparse.ArgumentError as err:
    print("ArgumentError:", err)
try:
    p.add_argument("pos", required=True)
except TypeError as err:
    print("TypeError:", err)
print(sys.argv[1:])
