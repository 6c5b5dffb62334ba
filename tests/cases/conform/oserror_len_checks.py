# OSError(errno, strerror[, filename]): the errno subclass and attributes;
# SystemExit.code; the checks len() makes of __len__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = OSError(2, 'No such file or directory')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args, isinstance(e, FileNotFoundError))
e = OSError(13, 'Permission denied', 'secret.txt')
print(type(e).__name__, e, e.args, e.filename, repr(e))
e = OSError(999, 'odd')
print(type(e).__name__, e, e.errno)
e = OSError('just a message')
print(type(e).__name__, e, e.errno, e.args)
e = FileNotFoundError(2, 'gone', 'x.txt')
print(type(e).__name__, e)
try:
    raise OSError(17, 'File exists', 'd')
except FileExistsError as ex:
    print('caught', ex, ex.errno)
print(SystemExit(3).code, SystemExit().code, SystemExit('bye').code, SystemExit(1, 2).code)
try:
    raise OSError(32, 'Broken pipe')
except ConnectionError as ex:
    print(type(ex).__name__, ex)
class L:
    def __len__(self):
        return -1
class H:
    def __len__(self):
        return 2**70
class S:
    def __len__(self):
        return '3'
t(lambda: len(L()))
t(lambda: len(H()))
t(lambda: len(S()))
t(lambda: bool(L()))
t(lambda: f"{True:>6}|{False:d}")
