"""JSON: a generated document of about 20 MB (records with nested
objects, strings with escapes and non-ASCII text, ints and floats)
serialized, parsed, transformed and serialized again."""
import json


def make_doc(n):
    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": f"user-{i:06d}",
            "email": f"user{i}@example.com",
            "score": (i * 7919 % 10007) / 13.0,
            "active": i % 3 == 0,
            "tags": ["alpha", "beta", "gamma"][: i % 4],
            "address": {"street": f"{i % 500} Main St.", "city": "Zürich" if i % 5 == 0 else "Paris",
                        "zip": f"{10000 + i % 90000}"},
            "note": "line one\nline \"two\"\ttabbed" if i % 7 == 0 else None,
            "history": [i % 13, i % 17, (i % 19) * 1.5],
        })
    return {"version": 3, "records": records}


def main():
    doc = make_doc(70000)
    text = json.dumps(doc)
    total = 0
    for _ in range(4):
        parsed = json.loads(text)
        for r in parsed["records"]:
            r["score"] = round(r["score"] * 1.1, 3)
            r["tags"].append("seen")
            total += r["id"]
        text = json.dumps(parsed, sort_keys=True)
    pretty = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    print(len(text), len(pretty), total)
    print(text[:160])


main()
