# error: the builtin 'map' is not supported yet
print(list(map(str, [1, 2])))
