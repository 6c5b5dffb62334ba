# error: multiple assignments to name 'a' in pattern
x = [1, 2]
match x:
    case [a, *rest] as a:
        pass
