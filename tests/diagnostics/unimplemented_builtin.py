# error: the builtin 'callable' is not supported yet
print(callable(len))
