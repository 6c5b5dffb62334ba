import json
from collections import OrderedDict

docs = ['null', 'true', 'false', '0', '-0', '12', '-7', '123456789012345678901234567890', '1.5', '-0.0', '1e5',
        '1E-2', '2.5e+3', '1.5e400', '-1e400', '"s"', '""', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00"',
        '"é中😀"', '[]', '{}', '[1, [2, [3]]]', ' \t\n\r [ 1 , 2 ] \n', '{"a": 1, "a": 2, "b": 3}',
        '{"k": {"k": {"k": []}}}', '[Infinity, -Infinity, NaN]', '{"x":1,"y":[true,false,null]}']
for doc in docs:
    print(repr(doc), repr(json.loads(doc)))

errors = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '{1:2}', '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"',
          '"a\nb"', '[1] x', 'nul', '-', '01', '1.', '1e', '{', '[', '{"a"', '{"a":', '\ufeff1', '"\\ud83d\\',
          '"\\', '"\\u', '"\\u1234', '[1,\n 2,\n x]', '{\n"a": 1\n\n"b"}', 'é[', '["é", x]', 'tru', '[-]',
          '{"a": 1}}', '  "x" y', '"\\ud83d\\uzzzz"', '"\t"']
for doc in errors:
    try:
        json.loads(doc)
        print("no error", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)

print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
try:
    json.loads(12)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)

print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[true]')))
print(json.loads('{"t": "\\u00e9"}'.encode("utf-8")))
print(json.loads('["é"]'.encode("utf-8-sig")))

print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": [{"c": 3}]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": {"c": 3}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print(json.loads('[1.5, 2, 1e3]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: "C" + s))
print(json.loads('"a\\tb\tc"', strict=False), json.loads('{"k\n": "v\x01"}', strict=False))
dec = json.JSONDecoder()
print(dec.decode(' [1] '), dec.raw_decode('[1] tail'), dec.raw_decode('xx{"a": 2}', 2), dec.raw_decode('7'))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)


class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('[1.25]', cls=MyDecoder, parse_float=lambda s: s))

deep = "[" * 3000 + "]" * 3000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError:", e)
deep = '{"a": ' * 3000 + "1" + "}" * 3000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError:", e)
print(json.loads("[" * 50 + "]" * 50))

big = json.loads("[" + ", ".join(str(i * 7919) for i in range(1000)) + "]")
print(len(big), sum(big))
e = json.JSONDecodeError("Expecting value", "ab\ncd", 4)
print(e, e.lineno, e.colno)
print(json.loads("1" * 4300) == int("1" * 4300))
for digits in [4301, 100000]:
    try:
        json.loads("1" * digits)
    except ValueError as e:
        print("ValueError:", e)
