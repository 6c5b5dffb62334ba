# sys.stdin, sys.stdout and sys.stderr as text streams with the binary
# stream under each (.buffer). Text is flushed before bytes follow it (as
# CPython needs unless unbuffered); buffer types and seekability depend
# on CPython's -u and are not printed.
import sys

print('text first', flush=True)
n = sys.stdout.buffer.write(b'bytes second\n')
print(n)
sys.stdout.write('third ')
sys.stdout.flush()
sys.stdout.buffer.write(bytearray(b'fourth\n'))
sys.stdout.writelines(['fifth\n', 'sixth\n'])
sys.stdout.flush()
sys.stdout.buffer.flush()
print(type(sys.stdout).__name__, type(sys.stdin.buffer).__name__)
print(sys.stdout.name, sys.stdout.buffer.name, sys.stdout.mode, sys.stdout.buffer.mode, sys.stdin.mode,
      sys.stdin.buffer.mode, sys.stdout.encoding, sys.stdout.closed, sys.stdout.buffer.closed)
print(sys.stdout.buffer is sys.stdout.buffer, repr(sys.stdin.buffer))
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.buffer.fileno())
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.isatty(), sys.stdout.buffer.isatty())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), repr(sys.stdin.read(5)))
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()), sys.stdin.buffer.readlines())
print(sys.stdout.newlines)
sys.stdout.flush()
sys.stderr.buffer.write(b'to stderr\n')
sys.stderr.writelines(['err line\n'])
try:
    sys.stdout.buffer.write('text')
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.writelines([b'x'])
except TypeError as e:
    print('TypeError', e)
print('last')
