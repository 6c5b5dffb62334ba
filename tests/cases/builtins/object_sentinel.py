# object(): bare objects as sentinels (identity, hashing, repr, no attributes).
MISSING = object()
def get(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        if default is MISSING:
            raise KeyError(k)
        return default
    return v
print(get({'a': 1}, 'a'), get({}, 'b', 5))
try:
    get({}, 'z')
except KeyError as e:
    print("KeyError", e)
o = object()
print(type(o) is object, type(o).__name__, isinstance(o, object), o == o, o == object(), o != MISSING, bool(o))
print(repr(o).startswith('<object object at 0x'), str(o) == repr(o), hash(o) == hash(o), {o: 1}[o], callable(o))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    print(o.y)
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
s = {object(), object()}
print(len(s), o in [o], o in [object()])
