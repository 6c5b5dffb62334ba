# format() with specs its type refuses: the messages name the spec and the type.
for v,s in [('x','q '),(1,'q'),(1.5,'zz'),(1,'>>>'),('x','5.2.1'),(1,',,'), (1,'_,'), (1, 'x,'), (1.0, 'c'), ('x','=5'), (1,'.5d'), (1+2j, '=5'), (None, '>5'), ([1], ''), ((1,), 'x'), (b'a', '5'), (1, '99999999999999999999'), (True, '>5'), (1.5, '>10.3'), (None, '')]:
  try: print(repr(format(v,s)))
  except Exception as e: print(type(e).__name__, e)
