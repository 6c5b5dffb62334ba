# contextlib.chdir: nested and reentrant, restoring the directory after.
import contextlib
import os

os.makedirs("sub/inner", exist_ok=True)
start = os.getcwd()
with contextlib.chdir("sub"):
    print(os.getcwd() == os.path.join(start, "sub"))
    with contextlib.chdir("inner"):
        print(os.path.basename(os.getcwd()))
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)
c = contextlib.chdir(os.path.join(start, "sub"))
with c:
    with c:
        pass
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == start)
try:
    with contextlib.chdir("missing"):
        pass
except FileNotFoundError as e:
    print(e)
os.rmdir("sub/inner")
os.rmdir("sub")
