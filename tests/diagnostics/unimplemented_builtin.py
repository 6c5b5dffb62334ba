# error: the builtin 'memoryview' is not supported yet
print(memoryview(b"ab"))
