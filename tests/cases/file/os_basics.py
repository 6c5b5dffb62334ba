# os and os.path: directories made, listed, walked and removed; files
# renamed, replaced, removed and their status; the environment; path names.
import os
import os.path
from os.path import join, splitext

base = "work_dir"
os.makedirs(join(base, "a", "b"), exist_ok=True)
os.makedirs(join(base, "a", "b"), exist_ok=True)
try:
    os.makedirs(join(base, "a"))
except FileExistsError as e:
    print("FileExistsError", e)
for name in ["one.txt", "two.py", join("a", "three.txt"), join("a", "b", "four.md")]:
    with open(join(base, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(base)), os.path.isdir(base), os.path.isfile(join(base, "one.txt")))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, sorted(dirs), sorted(files))
st = os.stat(join(base, "one.txt"))
print(st.st_size, st[6], os.path.getsize(join(base, "two.py")), st.st_mode & 0o170000 == 0o100000, type(st.st_mtime).__name__)
os.rename(join(base, "one.txt"), join(base, "uno.txt"))
os.replace(join(base, "uno.txt"), join(base, "two.py"))
print(sorted(os.listdir(base)), open(join(base, "two.py")).read())
os.remove(join(base, "two.py"))
try:
    os.remove(join(base, "two.py"))
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir(join(base, "a"))
except OSError as e:
    print(type(e).__name__, e.errno)
with os.scandir(base) as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
cwd = os.getcwd()
os.chdir(base)
print(os.getcwd() == join(cwd, base), os.path.abspath("x/../y") == join(cwd, base, "y"))
os.chdir("..")
print(os.path.exists(base), os.path.exists("nope"), os.path.relpath(join(cwd, base, "a"), cwd))

print(os.path.join("a", "b", "/c", "d"), os.path.split("/a/b/c.txt"), os.path.split("c"), os.path.split("/"))
print(splitext("a/b.tar.gz"), splitext(".bashrc"), splitext("a/.x.y"), splitext("noext"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.dirname("c"), os.path.isabs("/x"))
print(os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("//a"), os.path.normpath("../../a/.."))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.pathsep, os.extsep)
os.environ["PYAOT_TEST_VAR"] = "value"
print(os.environ["PYAOT_TEST_VAR"], os.getenv("PYAOT_TEST_VAR"), os.getenv("NOPE_NOT_SET", "dflt"), "PYAOT_TEST_VAR" in os.environ)
del os.environ["PYAOT_TEST_VAR"]
print(os.environ.get("PYAOT_TEST_VAR"), isinstance(os.getpid(), int), os.cpu_count() > 0, len(os.urandom(8)))
print(os.fspath("p"), os.path.expanduser("~x"), os.path.expanduser("nochange"))
class P:
    def __fspath__(self):
        return "work_dir"
print(os.path.isdir(P()), os.fspath(P()), isinstance(P(), os.PathLike))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))
