# os: file descriptors (open/read/write/close/fdopen), chmod, access, utime
# (seconds and nanoseconds), symlinks, statvfs, and their errors.
import os
fd = os.open('f.txt', os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
print(os.write(fd, b'hello\n'))
os.close(fd)
try:
    os.open('f.txt', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e)
fd = os.open('f.txt', os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
fd = os.open('f.txt', os.O_RDWR | os.O_APPEND)
with os.fdopen(fd, 'w') as f:
    f.write('more\n')
print(open('f.txt').read())
print(oct(os.stat('f.txt').st_mode & 0o777))
os.chmod('f.txt', 0o640)
print(oct(os.stat('f.txt').st_mode & 0o777), os.access('f.txt', os.R_OK), os.access('f.txt', os.X_OK), os.access('nope', os.F_OK))
os.utime('f.txt', (1000000000, 1500000000.25))
st = os.stat('f.txt')
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st.st_atime_ns)
os.utime('f.txt', ns=(123456789012345678, 1600000000123456789))
st = os.stat('f.txt')
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
os.symlink('f.txt', 'link')
print(os.readlink('link'), os.path.islink('link'), os.lstat('link').st_size == len('f.txt'))
v = os.statvfs('.')
print(v.f_bsize > 0, v.f_namemax, len(v), type(v).__name__)
try:
    os.utime('f.txt', (1, 2), ns=(1, 2))
except ValueError as e:
    print(e)
try:
    os.chmod('missing', 0o600)
except FileNotFoundError as e:
    print(e)
try:
    os.readlink('f.txt')
except OSError as e:
    print(type(e).__name__, e)
