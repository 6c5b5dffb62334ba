# sys.stdout / sys.stderr / sys.stdin as file objects, and print's file=
# and flush= keywords (stderr is not compared, only that it stays off stdout).
import sys

print("to stdout")
print("to stderr", file=sys.stderr)
print("explicit stdout", 1, 2, sep="-", file=sys.stdout, flush=True)
n = sys.stdout.write("written\n")
print(n)
print(sys.stderr.write("err line\n"))
sep = ", "
print(1, 2, 3, sep=sep)
dyn_sep = None if n > 100 else "|"
print("a", "b", sep=dyn_sep)
print("c", "d", sep=None, end=None)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Loud:
    def __str__(self):
        print("  (str called)")
        return "loud"


s = Sink()
print("into", Loud(), 3, file=s, sep="+")
print(s.parts)
print(sys.stdout, sys.stderr, sys.stdin, sep="\n")
print(sys.stdout.name, sys.stdin.encoding)
try:
    print("x", sep=3)
except TypeError as e:
    print(e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
# Standard input is empty here.
count = 0
for line in sys.stdin:
    count += 1
print(count, repr(sys.stdin.readline()), repr(sys.stdin.read()))
sys.stdout.flush()
