print(b'%d hup %s!' % (18, b'waf'), b'%d' % True, b'%r' % 'caf\xe9', b'%a' % [1, 'x'], b'%5s|%-4b|' % (b'ab', bytearray(b'c')))
print(b'%c%c' % (65, b'z'), b'%x %o %05.1f %e' % (255, 8, 2.25, 1e10), b'%(k)s' % {b'k': b'v'}, bytearray(b'%d') % 5)
print(b'%%' % (), b'\xff%s' % b'\xfe')
for fmt, args in ((b'%s', 'str'), (b'%c', 256), (b'%c', b'ab'), (b'%d %d', (1,)), (b'%d', (1, 2)), (b'%d', 'x')):
    try:
        print(fmt % args)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'BB'
print(b'<%s>' % B())
