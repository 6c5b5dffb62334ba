# re as scripts use it: config parsing, tokenizing, cleaning text, dates,
# emails, templating with a function, case-insensitive search, verbose
# patterns and splitting on several separators.
import re

CONFIG = """
# settings
name = demo app
port=8080
debug = true
path = /usr/local/bin  ; trailing comment
"""
pairs = re.compile(r"^\s*(\w+)\s*=\s*([^;\n]*?)\s*(?:;.*)?$", re.M).findall(CONFIG)
print(pairs, dict(pairs)["port"])

TOKEN = re.compile(r"""
    (?P<number>\d+(?:\.\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/()=])
  | (?P<space>\s+)
  | (?P<error>.)
""", re.VERBOSE)
tokens = [(m.lastgroup, m.group()) for m in TOKEN.finditer("x = 3.14 * (y + 42) ? z") if m.lastgroup != "space"]
print(tokens)

text = "  Hello,\t\tworld!  This   is\na  test.  "
print(repr(re.sub(r"\s+", " ", text).strip()), re.split(r"[,;.!]\s*", "a, b; c. d! e"))
print(re.findall(r"\b\w+@\w+\.\w{2,}\b", "mail bob@example.com or ann@test.org, not x@y"))
for d in ("2024-03-12", "2024-3-12", "24-03-12x"):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", d)
    print(d, m.groups() if m else None)
print(re.sub(r"\{(\w+)\}", lambda m: {"who": "World", "n": "3"}.get(m.group(1), m.group(0)), "Hello {who} x{n} {missing}"))
print(re.search(r"PYTHON", "I like python", re.I).span(), re.findall(r"(?i)the", "The then THE"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "1234567890"), re.sub(r"(\w)\1", r"<\1\1>", "aabbcd"))
print([s for s in re.split(r"(\d+)", "ab12cd345ef") if s], re.subn(r"o", "0", "foo boo"))
words = re.findall(r"[a-z']+", "It's a dog's life, isn't it? It is.".lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(re.match(r"(?P<h>\d+):(?P<m>\d+)", "12:34:56").groupdict(), re.escape("1+1=2?"))
CSV = 'a,"b,c",d,"e ""q"" f"'
print(re.findall(r'"((?:[^"]|"")*)"|([^,]+)', CSV))
html = "<p>Hi <b>there</b></p><br/>"
print(re.sub(r"<[^>]+>", "", html), re.findall(r"<(\w+)[^>]*>", html))
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "first.last+tag@mail-server.co.uk")))
log = "ERROR 12:00 disk full\nINFO 12:01 ok\nERROR 12:05 disk full again"
print([m.group(1) for m in re.finditer(r"^ERROR (\S+)", log, re.M)], len(re.findall(r"^\w+", log, re.M)))
