# error: a generator expression (other than the argument of a builtin that consumes it whole) is not supported yet
squares = (x ** 2 for x in range(10 ** 6))
print(next(squares))
