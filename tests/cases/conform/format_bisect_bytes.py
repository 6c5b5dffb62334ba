# %-formatting's precision on ints, bisect's hi=-1, bytes case predicates.
import bisect
xs = [1, 2, 3, 4]
print(bisect.bisect_right(xs, 3, 0, -1), bisect.bisect_left(xs, 3, 0, -1))
print('%#08x|%#-8x|%#.4x' % (255, 255, 255), '%#o|%#08o|%#X' % (8, 8, 255), '%+#010x' % 255, '%#5x' % 5)
print(b'a1'.islower(), b'A1'.isupper(), b'Ab'.islower(), b''.islower(), bytearray(b'x').islower())
for f in ['%.4d', '%#.4x', '%+.3d', '%8.3d', '%-8.3d|', '%08.3d', '%#010.4x', '%.0d', '%#.3o', '%.2X']:
    for v in [5, -5, 255, 0]:
        print(repr(f % v), end=' ')
    print()
