# argparse help and usage text: sections, wrapping at 78 columns, metavars, choices, groups, mutually exclusive
# groups, sub-commands, %(default)s, the help formatters, -h exiting 0.
import argparse

p = argparse.ArgumentParser(prog="prog", description="Process some integers and do a number of other things that "
                            "make this description long enough to wrap around.", epilog="The end.")
p.add_argument("input", help="the input file")
p.add_argument("files", nargs="*", help="more files")
p.add_argument("--verbose", "-v", action="store_true", help="be chatty")
p.add_argument("-n", "--num", type=int, default=3, help="a number (default: %(default)s)")
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--tag", action="append", metavar="T",
               help="tags that can be given many times and this help is long enough to wrap onto a second line")
p.add_argument("--really-long-option-name-here", help="a command-line option with a well-known hyphenated name")
p.print_help()
print(p.format_usage(), end="")
try:
    p.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code)

g = argparse.ArgumentParser(prog="git")
g.add_argument("--x", action="count", default=0)
sub = g.add_subparsers(dest="cmd", help="sub-command help")
a = sub.add_parser("add", help="add things")
a.add_argument("paths", nargs="+")
c = sub.add_parser("commit", aliases=["ci"])
c.add_argument("-m", required=True)
g.print_help()
a.print_help()
print(g.parse_args(["--x", "--x", "add", "a", "b"]), g.parse_args(["ci", "-m", "msg"]))

h = argparse.ArgumentParser(prog="g", add_help=False)
grp = h.add_mutually_exclusive_group(required=True)
grp.add_argument("-a", action="store_true")
grp.add_argument("-b", action="store_true")
og = h.add_argument_group("extra", "Extra options.")
og.add_argument("--size", type=float, nargs=2, metavar=("W", "H"))
og.add_argument("--opt", nargs="?", const="c", default="d")
h.print_help()
print(h.parse_args(["-a", "--size", "1", "2", "--opt"]))
for argv in [["-a", "-b"], []]:
    try:
        h.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

k = argparse.ArgumentParser(prog="k", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
k.add_argument("pos", nargs="?", default="p", help="positional")
k.add_argument("rest", nargs="+")
k.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a flag")
k.add_argument("--rate", type=float, default=0.5, help="rate")
k.add_argument("--items", nargs="*", default=[], help="items")
k.add_argument("--const", action="store_const", const=42)
k.add_argument("-q", action="store_false", dest="loud")
k.set_defaults(extra="yes")
k.print_help()
print(k.parse_args(["a", "b", "c", "--no-flag", "--items", "x", "y", "--const", "-q"]), k.parse_args(["a"]))

s = argparse.ArgumentParser(prog="s")
sp = s.add_subparsers(title="commands", description="what to do", dest="command", required=True)
r1 = sp.add_parser("run", help="run it")
r1.add_argument("--fast", action="store_true")
sp.add_parser("stop", help="stop it")
s.print_help()
for argv in [["run", "--fast"], [], ["jump"], ["run", "--slow"]]:
    try:
        print(s.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)

u = argparse.ArgumentParser(prog="u", usage="%(prog)s [options] file", epilog="See docs.")
u.add_argument("file")
u.print_help()
t = argparse.ArgumentParser(prog="t", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="Line one\n  indented two\n\nparagraph")
t.add_argument("--z", help="  spaced   help  ")
t.print_help()
many = argparse.ArgumentParser(prog="a-program-with-a-rather-long-name-to-force-the-other-usage-layout")
for i in range(8):
    many.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
many.add_argument("target")
many.print_help()
plus = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
plus.add_argument("+f", action="store_true")
plus.add_argument("-g")
plus.print_help()
print(plus.parse_args(["+f", "-g", "1"]))
