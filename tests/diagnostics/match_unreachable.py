# error: wildcard makes remaining patterns unreachable
x = 3
match x:
    case _:
        pass
    case 1:
        pass
