# shutil and tempfile: copying files with modes and times, trees with
# ignore patterns and symlinks, moving, removing, which, disk_usage; temp
# files and directories (their random names are not printed).
import os
import shutil
import stat
import tempfile

os.makedirs('src/sub/deep')
for name, text in [('src/a.txt', 'alpha'), ('src/b.py', 'print(1)'), ('src/sub/c.txt', 'gamma'),
                   ('src/sub/deep/d.log', 'delta'), ('src/.hidden', 'h')]:
    with open(name, 'w') as f:
        f.write(text)
os.chmod('src/b.py', 0o754)
os.utime('src/a.txt', (1000000000, 1200000000))
os.symlink('a.txt', 'src/link')

print(shutil.copyfile('src/a.txt', 'copy1.txt'), open('copy1.txt').read())
print(shutil.copy('src/b.py', 'copy2.py'), oct(stat.S_IMODE(os.stat('copy2.py').st_mode)))
print(shutil.copy2('src/a.txt', 'copy3.txt'), os.stat('copy3.txt').st_mtime)
print(os.stat('copy3.txt').st_mtime_ns == os.stat('src/a.txt').st_mtime_ns)
print(stat.filemode(os.stat('src/b.py').st_mode), stat.filemode(os.stat('src').st_mode), stat.S_ISDIR(os.stat('src').st_mode),
      stat.S_ISLNK(os.lstat('src/link').st_mode), stat.S_ISREG(os.stat('src/a.txt').st_mode), stat.filemode(0o104755),
      stat.filemode(0o41777), stat.S_IMODE(0o100644) == stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
os.mkdir('into')
print(shutil.copy('src/a.txt', 'into'), sorted(os.listdir('into')))
shutil.copymode('src/b.py', 'copy1.txt')
print(oct(stat.S_IMODE(os.stat('copy1.txt').st_mode)))
shutil.copystat('src/a.txt', 'copy1.txt')
print(os.stat('copy1.txt').st_mtime, oct(stat.S_IMODE(os.stat('copy1.txt').st_mode)))
try:
    shutil.copyfile('src/a.txt', 'src/a.txt')
except shutil.SameFileError as e:
    print('SameFileError', e)
try:
    shutil.copyfile('missing.txt', 'x.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print(shutil.copyfile('src/link', 'linkcopy', follow_symlinks=False), os.path.islink('linkcopy'),
      os.readlink('linkcopy'))


def tree(top):
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for f in sorted(filenames):
            p = os.path.join(dirpath, f)
            out.append((p, os.path.islink(p)))
    return out


print(shutil.copytree('src', 'dst1'))
print(tree('dst1'))
shutil.copytree('src', 'dst2', ignore=shutil.ignore_patterns('*.log', '.*'), symlinks=True)
print(tree('dst2'))
try:
    shutil.copytree('src', 'dst2')
except FileExistsError as e:
    print('FileExistsError', e)
shutil.copytree('src', 'dst2', dirs_exist_ok=True)
print(len(tree('dst2')))
print(shutil.ignore_patterns('*.txt', 'b*')('x', ['a.txt', 'b.py', 'c.md']) == {'a.txt', 'b.py'})

print(shutil.move('copy1.txt', 'moved.txt'), os.path.exists('copy1.txt'), open('moved.txt').read())
os.mkdir('target')
print(shutil.move('moved.txt', 'target'), sorted(os.listdir('target')))
print(shutil.move('dst1', 'target'), sorted(os.listdir('target')))
try:
    shutil.move('copy3.txt', 'target/moved.txt') and shutil.move('copy2.py', 'target')
    shutil.move('target/moved.txt', 'target')
except shutil.Error as e:
    print('Error', e)
try:
    shutil.move('target', 'target/dst1')
except shutil.Error as e:
    print('Error', e)

shutil.rmtree('dst2')
print(os.path.exists('dst2'))
try:
    shutil.rmtree('dst2')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
shutil.rmtree('dst2', ignore_errors=True)
calls = []
shutil.rmtree('dst2', onerror=lambda f, p, info: calls.append((f.__name__, p, info[0].__name__)))
print(calls)
try:
    shutil.rmtree('src/link')
except OSError as e:
    print('OSError', e)

print(shutil.which('sh') is not None, shutil.which('definitely-not-a-program-xyz'), shutil.which('src/b.py'),
      shutil.which('b.py', path='src'), shutil.which('a.txt', path='src'))
usage = shutil.disk_usage('.')
print(type(usage).__name__, usage.total >= usage.used >= 0, usage.free >= 0, len(usage))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

# tempfile
d = tempfile.gettempdir()
print(os.path.isabs(d), os.path.isdir(d), tempfile.gettempprefix(), tempfile.gettempdir() is d)
fd, path = tempfile.mkstemp(suffix='.dat', prefix='pre_', dir='.')
print(os.path.isabs(path), os.path.basename(path).startswith('pre_'), path.endswith('.dat'),
      len(os.path.basename(path)), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b'written')
os.close(fd)
print(open(path, 'rb').read())
os.unlink(path)
dd = tempfile.mkdtemp(prefix='dir_', dir='.')
print(os.path.isdir(dd), os.path.basename(dd).startswith('dir_'), oct(stat.S_IMODE(os.stat(dd).st_mode)))
os.rmdir(dd)
with tempfile.NamedTemporaryFile('w+', suffix='.txt', dir='.') as f:
    f.write('named\n')
    f.flush()
    name = f.name
    print(os.path.exists(name), name.endswith('.txt'), open(name).read())
    f.seek(0)
    print(f.read())
print(os.path.exists(name))
f = tempfile.NamedTemporaryFile(delete=False, dir='.')
f.write(b'kept')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.unlink(f.name)
with tempfile.TemporaryFile('w+') as t:
    t.write('anonymous')
    t.seek(0)
    print(t.read(), isinstance(t.name, int))
with tempfile.TemporaryDirectory(prefix='td_', dir='.') as tdname:
    print(os.path.isdir(tdname), os.path.basename(tdname).startswith('td_'))
    with open(os.path.join(tdname, 'inner.txt'), 'w') as fh:
        fh.write('x')
    os.mkdir(os.path.join(tdname, 'nested'))
print(os.path.exists(tdname))
td = tempfile.TemporaryDirectory(dir='.')
print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
m = tempfile.mktemp(dir='.')
print(os.path.exists(m), os.path.basename(m).startswith('tmp'))
