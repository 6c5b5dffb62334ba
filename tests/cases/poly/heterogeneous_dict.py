record = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "score": 9.5, "active": True}
for k, v in record.items():
    print(k, type(v).__name__, v)
record["age"] += 1
record["langs"].append("de")
print(record)
print(sorted(record), len(record))
