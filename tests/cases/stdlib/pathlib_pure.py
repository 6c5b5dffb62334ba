from pathlib import Path, PurePath, PurePosixPath, PosixPath

for s in ["", ".", "a", "a/b", "/a/b/", "a//b/./c", "//x/y", "///x", "../a/..", "/", "a/b.tar.gz", ".bashrc",
          "a/b.", "dir/file.txt"]:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem),
          repr(p.root), repr(p.anchor), repr(p.drive), p.is_absolute(), repr(p.parent))
p = PurePosixPath("/usr/local/lib/python3.11")
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
print(PurePath("a", "b", "/c", "d"), PurePath(Path("x"), "y"), Path("a") / "b" / "c", "pre" / PurePath("x"))
print(Path("/a") / "/b", PurePath("a").joinpath("b", "c"), Path("a").joinpath(PurePath("/r")))
print(PurePath("a/b") == PurePath("a//b/"), PurePath("a") == "a", PurePath("a") != Path("a"), PurePath("a") == Path("a"))
print(sorted([PurePath("b"), PurePath("a/c"), PurePath("/z"), PurePath("a")]))
print(PurePath("a") < PurePath("b"), PurePath("a/b") > PurePath("a"), hash(PurePath("a/b")) == hash(PurePath("a//b")))
try:
    PurePath("a") < "b"
except TypeError as e:
    print("TypeError:", e)
x = PurePath("/home/user/notes.txt")
print(x.with_name("todo.md"), x.with_suffix(".rst"), x.with_suffix(""), x.with_stem("plans"),
      PurePath("a.tar.gz").with_suffix(".bz2"), PurePath("README").with_suffix(".md"))
for bad in [lambda: x.with_name(""), lambda: x.with_name("a/b"), lambda: PurePath("/").with_name("x"),
            lambda: x.with_suffix("txt"), lambda: x.with_suffix("."), lambda: x.with_suffix("./a"),
            lambda: PurePath("").with_suffix(".x")]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
print(x.relative_to("/home"), x.relative_to("/"), x.relative_to("/home/user/notes.txt"), PurePath("a/b").relative_to("a"))
print(PurePath("a/b").relative_to(""), x.relative_to("/home", "user"))
for a, b in [("/home/user", "/etc"), ("a/b", "/a"), ("/a", "a"), ("/a", ""), ("a", "a/b")]:
    try:
        print(PurePath(a).relative_to(b))
    except ValueError as e:
        print("ValueError:", e)
try:
    x.relative_to()
except TypeError as e:
    print("TypeError:", e)
print(x.is_relative_to("/home"), x.is_relative_to("/etc"), PurePath("a/b").is_relative_to("a"))
for path, pat in [("a/b.py", "*.py"), ("/a/b/c.py", "b/*.py"), ("/a/b/c.py", "a/*.py"), ("/a.py", "/*.py"),
                  ("a/b.py", "/*.py"), ("b.py", "a/b.py"), ("a/B.py", "*.py"), ("x/y/z", "y/*")]:
    print(path, pat, PurePath(path).match(pat))
try:
    PurePath("a").match("")
except ValueError as e:
    print("ValueError:", e)
print(x.as_posix(), bytes(x), PurePath("/a b/ü").as_uri())
try:
    PurePath("rel").as_uri()
except ValueError as e:
    print("ValueError:", e)
print(type(PurePath("a")).__name__, type(Path("a")).__name__, isinstance(Path("a"), PurePath),
      isinstance(Path("a"), PurePosixPath), isinstance(PosixPath("q"), Path))
import os
print(os.fspath(Path("a/b")), os.path.join(Path("a"), "b"), str(Path("~/x")))
try:
    PurePath(3)
except TypeError as e:
    print("TypeError:", e)
d = {PurePath("k"): 1}
print(d[PurePath("k")], PurePath("k") in {PurePath("k//")})
