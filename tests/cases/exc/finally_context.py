def f(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out


def g():
    try:
        raise ValueError('v')
    finally:
        return 'swallowed'


def h():
    try:
        try:
            raise ValueError('a')
        finally:
            print('cleanup')
    except ValueError as e:
        return repr(e), e.__context__


def k():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise KeyError('b')
        finally:
            raise TypeError('c')
    except TypeError as e:
        return repr(e.__context__), repr(e.__context__.__context__)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')


print(f(5), g(), h(), k())
it = gen()
print(next(it))
it.close()
print(list(gen()))
