"""JSON parsing and serializing alone: a generated document of about
20 MB (records with nested objects, escapes, non-ASCII text, ints and
floats) parsed and serialized again, five times, then once indented."""
import json


def make_text(n):
    records = [{"id": i, "name": f"item-{i:06d}", "price": (i * 7919 % 10007) / 7.0, "ok": i % 3 == 0,
                "tags": ["a", "bb", "ccc"][: i % 4], "where": {"city": "Zürich" if i % 5 else "Paris", "n": i % 97},
                "note": "say \"hi\"\n\ttab" if i % 7 == 0 else None, "xs": [i % 13, (i % 19) * 1.5, -i]}
               for i in range(110000)]
    return json.dumps({"version": 1, "records": records})


def main():
    text = make_text(110000)
    for _ in range(5):
        doc = json.loads(text)
        text = json.dumps(doc)
    pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
    print(len(text), len(pretty), text[:120])


main()
