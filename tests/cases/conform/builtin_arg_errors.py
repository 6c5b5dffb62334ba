# sum() refuses str/bytes starts, format() a non-str spec, float() misplaced underscores.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sum([], 'x'))
t(lambda: sum([], b'x'))
t(lambda: sum([[1]], []))
t(lambda: format(1, 2))
t(lambda: format(1, None))
t(lambda: format(1, b'd'))
for s in ['1_000', '1_000.5', '1e1_0', ' -1_0 ', '_1', '1_', '1__0', '1_.5', '1._5', '1_e5', '1e_5', 'in_f', 'inf', '-Infinity', 'nan']:
    t(lambda: float(s))
