# error: alternative patterns bind different names
x = [1]
match x:
    case [a] | [b]:
        pass
