def err(f):
    try:
        return f()
    except TypeError as e:
        return "TypeError: %s" % e
a = [1, 2]
b = a.__iadd__([3])
print(a, b is a, [1].__add__([2]), err(lambda: [1].__add__((2,))), (1).__add__(2), (1).__add__(1.5), (1.5).__radd__(1))
print('a'.__add__('b'), 'a'.__mul__(3), (3).__lt__(4), [1].__eq__([1]), 'x'.__eq__(1), {1}.__or__({2}), {1}.__or__([2]))
print(hasattr([], '__iadd__'), hasattr((), '__iadd__'), hasattr(1, '__add__'), hasattr('', '__sub__'), hasattr([], '__radd__'), hasattr(1.5, '__and__'))
print([1, 2].__imul__(2), (2).__pow__(10), 'a%sb'.__mod__(5), (1).__eq__(1.0), (1.0).__eq__(1), {1: 2}.__eq__([]), [1].__lt__((1,)))
print(err(lambda: [1].__mul__(1.5)), (3).__rsub__(10), {1: 2}.__or__({3: 4}), (7).__ne__(7))
