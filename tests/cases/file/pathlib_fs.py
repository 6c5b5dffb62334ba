import os
from pathlib import Path

root = Path("pathlib_tree")
(root / "src" / "pkg").mkdir(parents=True)
(root / "docs").mkdir()
(root / "src" / "main.py").write_text("print('hi')\n")
(root / "src" / "pkg" / "__init__.py").write_text("")
(root / "src" / "pkg" / "util.py").write_text("x = 1\n")
(root / "docs" / "index.md").write_text("# Title\nbody\n", encoding="utf-8")
(root / "data.bin").write_bytes(bytes(range(5)))
(root / ".hidden").touch()
print(sorted(p.name for p in root.iterdir()))
print(sorted(str(p) for p in root.glob("*")))
print(sorted(str(p) for p in root.glob("src/*.py")))
print(sorted(str(p) for p in root.glob("**/*.py")))
print(sorted(str(p) for p in root.rglob("*.py")))
print(sorted(str(p) for p in root.glob("**")))
print(sorted(str(p) for p in root.glob("*/")))
print(sorted(str(p) for p in root.glob("src/pkg/util.py")), list(root.glob("nothing/*")), list(root.glob("missing")))
print(sorted(str(p) for p in root.rglob("[di]*")))
for bad in ["", "/abs", "a**b"]:
    try:
        list(root.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
print((root / "docs" / "index.md").read_text(), (root / "data.bin").read_bytes())
print((root / "src").exists(), (root / "src").is_dir(), (root / "src").is_file(), (root / "nope").exists(),
      (root / "src/main.py").is_file(), (root / "nope").is_dir())
print((root / "data.bin").stat().st_size, (root / "data.bin").lstat().st_size)
with (root / "notes.txt").open("w") as f:
    f.write("one\ntwo\n")
with (root / "notes.txt").open() as f:
    print(f.readlines())
print((root / "notes.txt").write_text("three"), (root / "notes.txt").read_text())
new = (root / "notes.txt").rename(root / "renamed.txt")
print(new, type(new).__name__, new.exists(), (root / "notes.txt").exists())
print(new.replace(root / "final.txt"), (root / "final.txt").read_text())
try:
    (root / "final.txt").touch(exist_ok=False)
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror, e.filename)
try:
    (root / "docs").mkdir()
except FileExistsError as e:
    print("FileExistsError:", e)
(root / "docs").mkdir(exist_ok=True)
try:
    (root / "x" / "y").mkdir()
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    (root / "final.txt").mkdir(exist_ok=True)
except FileExistsError as e:
    print("FileExistsError:", e)
try:
    (root / "gone.txt").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
(root / "gone.txt").unlink(missing_ok=True)
try:
    (root / "gone.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    (root / "x.txt").write_text(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    (root / "x.bin").write_bytes("text")
except TypeError as e:
    print("TypeError:", e)
print(Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.path.expanduser("~")))
print(root.resolve() == Path.cwd() / root, root.absolute() == Path.cwd() / "pathlib_tree", Path("/").resolve())
print(Path("a/../pathlib_tree/./src").resolve() == Path.cwd() / "pathlib_tree" / "src")
print(Path("~").expanduser() == Path.home(), Path("x").expanduser())
print((root / "src" / "main.py").samefile(root / "src/../src/main.py"))
(root / "final.txt").unlink()
(root / "src" / "pkg" / "__init__.py").unlink()
(root / "src" / "pkg" / "util.py").unlink()
(root / "src" / "pkg").rmdir()
try:
    (root / "src").rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
for p in sorted(root.rglob("*"), reverse=True):
    if p.is_dir():
        p.rmdir()
    else:
        p.unlink()
root.rmdir()
print(root.exists())
