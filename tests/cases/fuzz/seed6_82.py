# Found by tests/fuzz (seed 6, program 82), minimized.
try:
    print('try', chr(-(-(10**18))))
except (ZeroDivisionError, IndexError) as e:
    print('caught', type(e).__name__, e)
except Exception as e:
    print('other', type(e).__name__, e)
