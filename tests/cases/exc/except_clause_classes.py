def attempt(clause):
    try:
        try:
            raise TypeError('inner')
        except clause:
            return 'caught'
    except TypeError as exc:
        return 'TypeError: %s' % exc


class NotExc:
    pass


class MyErr(TypeError):
    pass


for clause in [((ValueError,),), (TypeError, (ValueError,)), int, NotExc, (TypeError, NotExc), (), TypeError, (MyErr, TypeError), 'x']:
    print(attempt(clause))

try:
    try:
        raise KeyError('k')
    except ():
        print('never')
except KeyError as e:
    print('propagated', e)
