vals = [1, 'a', None]
try:
    print(1 + "a")
except Exception as e:
    print(0, type(e).__name__ + ':', e)
try:
    print("a" + 1)
except Exception as e:
    print(1, type(e).__name__ + ':', e)
try:
    print([1] + (1,))
except Exception as e:
    print(2, type(e).__name__ + ':', e)
try:
    print(len(5))
except Exception as e:
    print(3, type(e).__name__ + ':', e)
try:
    print(-"a")
except Exception as e:
    print(4, type(e).__name__ + ':', e)
try:
    print(1 < "a")
except Exception as e:
    print(5, type(e).__name__ + ':', e)
try:
    print(int("x"))
except Exception as e:
    print(6, type(e).__name__ + ':', e)
try:
    print(float("x"))
except Exception as e:
    print(7, type(e).__name__ + ':', e)
try:
    print({}[1])
except Exception as e:
    print(8, type(e).__name__ + ':', e)
try:
    print("abc"[5])
except Exception as e:
    print(9, type(e).__name__ + ':', e)
try:
    print((1, 2)[9])
except Exception as e:
    print(10, type(e).__name__ + ':', e)
try:
    print(min([]))
except Exception as e:
    print(11, type(e).__name__ + ':', e)
try:
    print([1, 2] * "a")
except Exception as e:
    print(12, type(e).__name__ + ':', e)
try:
    print(hash([1]))
except Exception as e:
    print(13, type(e).__name__ + ':', e)
try:
    print(chr(-1))
except Exception as e:
    print(14, type(e).__name__ + ':', e)
try:
    print(None + 1)
except Exception as e:
    print(15, type(e).__name__ + ':', e)
try:
    print([1, 2][1.5])
except Exception as e:
    print(16, type(e).__name__ + ':', e)
try:
    print(int("12", 99))
except Exception as e:
    print(17, type(e).__name__ + ':', e)
try:
    print(1 << -1)
except Exception as e:
    print(18, type(e).__name__ + ':', e)
try:
    print(abs("x"))
except Exception as e:
    print(19, type(e).__name__ + ':', e)
try:
    print(sum(["a"]))
except Exception as e:
    print(20, type(e).__name__ + ':', e)
try:
    print("x".index("y"))
except Exception as e:
    print(21, type(e).__name__ + ':', e)
try:
    print(divmod(1, 0))
except Exception as e:
    print(22, type(e).__name__ + ':', e)
try:
    print(pow(2, 3, 0))
except Exception as e:
    print(23, type(e).__name__ + ':', e)
try:
    print(range(0, 5, 0))
except Exception as e:
    print(24, type(e).__name__ + ':', e)
try:
    print(next(iter([])))
except Exception as e:
    print(25, type(e).__name__ + ':', e)
