# argparse reading files: FileType (and "-" for the standard streams) and
# arguments read from files named with fromfile_prefix_chars.
import argparse
import sys

with open("args.txt", "w") as f:
    f.write("--name\nfrom-file\n-v\n@more.txt\n")
with open("more.txt", "w") as f:
    f.write("extra\n")
with open("in.txt", "w") as f:
    f.write("content of in\n")

p = argparse.ArgumentParser(prog="tool", fromfile_prefix_chars="@")
p.add_argument("--name")
p.add_argument("-v", action="store_true")
p.add_argument("rest", nargs="*")
ns = p.parse_args(["@args.txt", "tail"])
print(ns.name, ns.v, ns.rest)

q = argparse.ArgumentParser(prog="cat")
q.add_argument("infile", type=argparse.FileType("r"))
q.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"), default="-")
ns = q.parse_args(["in.txt"])
print(ns.infile.read().strip(), ns.out is sys.stdout, ns.infile.name)
ns.infile.close()
ns = q.parse_args(["-", "--out", "out.txt"])
print(ns.infile is sys.stdin, ns.out.name)
ns.out.write("written")
ns.out.close()
print(open("out.txt").read())
print(argparse.FileType("w", encoding="utf-8"), argparse.FileType(), argparse.FileType("rb", 0, errors="strict"))
try:
    argparse.FileType("+")("-")
except ValueError as e:
    print(e)

try:
    q.parse_args(["missing.txt"])
except SystemExit as e:
    print("exit", e.code)
r = argparse.ArgumentParser(prog="r", fromfile_prefix_chars="@")
r.add_argument("x", nargs="*")
try:
    r.parse_args(["@nofile.txt"])
except SystemExit as e:
    print("exit", e.code)
