import io
import json

data = {"users": [{"name": "Ada", "langs": ["en", "fr"], "score": 9.5}, {"name": "Zoë", "langs": [], "score": None}],
        "count": 2}
with open("data.json", "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open("data.json") as f:
    print(f.read())
with open("data.json") as f:
    print(json.load(f) == data)
with open("data.json", "rb") as f:
    print(json.load(f)["users"][1]["name"])
with open("data.json", "w", encoding="utf-16") as f:
    json.dump(data, f, ensure_ascii=False)
with open("data.json", "rb") as f:
    raw = f.read()
print(len(raw), raw[:2])
print(json.loads(raw) == data)

buf = io.StringIO()
json.dump([1, {"a": (2, 3)}], buf, separators=(",", ":"))
print(buf.getvalue())
print(json.load(io.StringIO('{"from": "StringIO"}')))


class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, s):
        self.pieces.append(s)


r = Recorder()
json.dump({"k": [1, "two", None], "e": {}}, r)
print(r.pieces)
r = Recorder()
json.dump([{"a": 1}, [2]], r, indent=1)
print(r.pieces)


class Reader:
    def read(self):
        return '[1, 2, 3]'


print(json.load(Reader()))
