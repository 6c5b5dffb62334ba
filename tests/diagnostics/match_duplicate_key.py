# error: mapping pattern checks duplicate key
x = {}
match x:
    case {1: a, True: b}:
        pass
