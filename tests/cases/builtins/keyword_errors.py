tests = [lambda: format(1, format_spec='d'), lambda: iter(x=[1]), lambda: len(obj=[1]), lambda: abs(x=1), lambda: repr(obj=1),
         lambda: hash(obj=1), lambda: chr(i=65), lambda: ord(c='a'), lambda: divmod(1, y=2), lambda: isinstance(1, cls=int),
         lambda: type('A', ()), lambda: type(), lambda: type('A', (), {}, 1), lambda: callable(obj=1), lambda: hex(number=1),
         lambda: next(iterator=iter([1])), lambda: getattr(1, name='x'), lambda: pow(base=2, exp=3), lambda: round(number=1.5),
         lambda: sum([1], start=2), lambda: min([1], key=None), lambda: sorted(iterable=[1]), lambda: enumerate(iterable=[1]),
         lambda: any(iterable=[1]), lambda: bin(number=3), lambda: id(obj=1), lambda: vars(object=1), lambda: zip(strict=True)]
for t in tests:
    try:
        r = t()
        print(r if isinstance(r, (int, str)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for t in (lambda: pow(2, exp=3, mod=5), lambda: pow(2, mod=5), lambda: round(2.5, number=1), lambda: round(1.25, ndigits=1),
          lambda: list(enumerate('ab', start=3))):
    try:
        print(t())
    except TypeError as e:
        print(e)
