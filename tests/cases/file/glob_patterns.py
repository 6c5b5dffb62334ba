# glob: wildcards per path component, `**` with recursive, hidden names,
# root_dir, trailing slashes, escape and has_magic, over a tree made here.
# Each result is sorted: the order of a directory listing is the file
# system's.
import glob
import os

for d in ['tree/a/b', 'tree/a/.hid', 'tree/c', 'tree/.dot/d', 'tree/x[1]']:
    os.makedirs(d, exist_ok=True)
for f in ['tree/one.txt', 'tree/two.py', 'tree/a/three.txt', 'tree/a/b/four.txt', 'tree/a/.hid/five.txt',
          'tree/.dot/six.txt', 'tree/.seven.txt', 'tree/c/eight.md', 'tree/x[1]/nine.txt', 'tree/a/b/ten.py']:
    with open(f, 'w') as fh:
        fh.write(f)


def show(pattern, **kw):
    print(pattern, kw, sorted(glob.glob(pattern, **kw)))


show('tree/*.txt')
show('tree/*')
show('tree/*/')
show('tree/?/*.txt')
show('tree/[ab]*')
show('tree/[!a]*')
show('tree/**/*.txt')
show('tree/**/*.txt', recursive=True)
show('tree/**', recursive=True)
show('tree/**/', recursive=True)
show('**/*.py', recursive=True)
show('tree/*', include_hidden=True)
show('tree/**/*.txt', recursive=True, include_hidden=True)
show('tree/.*')
show('*.txt', root_dir='tree')
show('**/*.md', root_dir='tree', recursive=True)
show('tree/one.txt')
show('tree/missing.txt')
show('tree/a/')
show('tree/one.txt/')
show('')
show('tree/x[1]/*')
show(glob.escape('tree/x[1]') + '/*')
show('nope/*/x')
print(glob.escape('a*b?c[d]'), glob.has_magic('a[b'), glob.has_magic('abc'))
print(sorted(glob.iglob('tree/*/*.txt')))
print(type(glob.iglob('tree/*')).__name__ in ('generator', 'list_iterator', 'filter'))
print(sorted(glob.glob1('tree', '*.py')), glob.glob0('tree', 'two.py'), glob.glob0('tree', 'zz'))
