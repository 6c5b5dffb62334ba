# bytes()/bytearray() with source, encoding and errors by position or by name, and CPython's errors for the combinations.
try:
    print('bytes', bytes('a', errors='strict'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray('a', errors='strict'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(encoding='utf8'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(encoding='utf8'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes('a'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray('a'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(source='ab', encoding='ascii'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(source='ab', encoding='ascii'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes('a', 'utf8', encoding='x'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray('a', 'utf8', encoding='x'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(b'x', encoding='utf8'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(b'x', encoding='utf8'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes('a', encoding='utf8'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray('a', encoding='utf8'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(3))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(3))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes([1,2]))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray([1,2]))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes('é', 'ascii', 'replace'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray('é', 'ascii', 'replace'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(-1))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(-1))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(1.5))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(1.5))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes(errors='x'))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray(errors='x'))
except Exception as e:
    print('bytearray', type(e).__name__, e)
try:
    print('bytes', bytes('a', foo=1))
except Exception as e:
    print('bytes', type(e).__name__, e)
try:
    print('bytearray', bytearray('a', foo=1))
except Exception as e:
    print('bytearray', type(e).__name__, e)
