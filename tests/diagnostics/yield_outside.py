# error: 'yield' outside function
x = yield 1
print(x)
