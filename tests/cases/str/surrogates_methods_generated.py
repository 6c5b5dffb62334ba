# Every str method on generated strings that hold lone surrogates (beside
# ASCII, Latin-1, astral and private-use characters, the last from the
# blocks pyaot stands surrogates in with), with generated arguments; one
# checksum line per 250 cases (run with -v to print each).
import random
import sys
import zlib

VERBOSE = '-v' in sys.argv
ALPHABET = ['a', 'b', 'A', ' ', '\n', '\t', '-', 'é', 'ß', 'ǅ', '\ud800', '\udc80', '\udbff', '\udfff',
            '\U000f0000', '\U000f0801', '\U00100000', '\U0001f600', '\u2028', '0', '٣']


def text(rng, most=8):
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, most)))


def sub(rng, s):
    if s and rng.random() < 0.6:
        i = rng.randint(0, len(s) - 1)
        return s[i:i + rng.randint(1, 3)]
    return text(rng, 2)


def case(rng):
    s = text(rng)
    k = rng.randint(-2, 4)
    w = rng.randint(0, 12)
    calls = [
        ('upper', ()), ('lower', ()), ('casefold', ()), ('swapcase', ()), ('title', ()), ('capitalize', ()),
        ('strip', ()), ('lstrip', (sub(rng, s),)), ('rstrip', (sub(rng, s),)), ('strip', (sub(rng, s),)),
        ('split', ()), ('split', (sub(rng, s) or '-',)), ('rsplit', (sub(rng, s) or '-', k)),
        ('split', (None, k)), ('rsplit', (None, k)), ('splitlines', ()), ('splitlines', (True,)),
        ('find', (sub(rng, s),)), ('rfind', (sub(rng, s),)), ('count', (sub(rng, s),)),
        ('find', (sub(rng, s), k)), ('count', (sub(rng, s), k, w)),
        ('startswith', (sub(rng, s),)), ('endswith', (sub(rng, s),)), ('startswith', ((sub(rng, s), 'z'), k)),
        ('replace', (sub(rng, s), sub(rng, s))), ('replace', (sub(rng, s), text(rng, 2), k)),
        ('partition', (sub(rng, s) or '-',)), ('rpartition', (sub(rng, s) or '-',)),
        ('removeprefix', (sub(rng, s),)), ('removesuffix', (sub(rng, s),)),
        ('center', (w,)), ('ljust', (w, rng.choice(ALPHABET))), ('rjust', (w, rng.choice(ALPHABET))),
        ('zfill', (w,)), ('expandtabs', (k,)), ('join', ([text(rng, 3) for _ in range(rng.randint(0, 3))],)),
        ('isalpha', ()), ('isalnum', ()), ('isdigit', ()), ('isdecimal', ()), ('isnumeric', ()),
        ('isspace', ()), ('isupper', ()), ('islower', ()), ('istitle', ()), ('isidentifier', ()),
        ('isprintable', ()), ('isascii', ()), ('index', (sub(rng, s),)), ('rindex', (sub(rng, s),)),
        ('translate', ({ord(rng.choice(ALPHABET)): rng.choice([None, 'x', 0xdc81, '\ud801'])},)),
        ('encode', ('utf-8', rng.choice(['surrogatepass', 'backslashreplace', 'ignore', 'surrogateescape']))),
    ]
    name, args = rng.choice(calls)
    try:
        r = getattr(s, name)(*args)
    except (ValueError, UnicodeError) as e:
        r = type(e).__name__ + ': ' + str(e).encode('ascii', 'backslashreplace').decode()
    return ascii((s, name, args, r))


rng = random.Random(17)
crc = 0
for n in range(1, 3001):
    line = case(rng)
    if VERBOSE:
        print(line)
    crc = zlib.crc32(line.encode(), crc)
    if n % 250 == 0:
        print(n, crc)
