def exceptional_handler_cell_cleanup():
    probe = None
    try:
        try:
            raise ValueError('original')
        except ValueError as captured:
            probe = lambda: captured
            raise TypeError('replacement')
    except TypeError:
        pass

    try:
        probe()
        return 'still bound'
    except NameError as e:
        return str(e)

print(exceptional_handler_cell_cleanup())


def normal_cleanup():
    try:
        raise ValueError('x')
    except ValueError as captured:
        probe = lambda: captured
    try:
        probe()
    except NameError as e:
        return str(e)


print(normal_cleanup())


def del_cell():
    x = 1
    f = lambda: x
    del x
    try:
        f()
    except NameError as e:
        print(e)
    try:
        del x
    except (NameError, UnboundLocalError) as e:
        print(type(e).__name__, e)
    x = 2
    return f()


print(del_cell())
