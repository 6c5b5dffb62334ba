import csv
import io

rows = [["name", "age", "note"], ["Ada", 36, 'says "hi"'], ["Bob, Jr.", None, "line1\nline2"], ["", 1.5, " lead"],
        ["x"], [""], [], ["tab\there", True, "back\\slash"]]
for kwargs in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_NONNUMERIC}, {"delimiter": ";", "lineterminator": "\n"},
               {"quotechar": "'", "doublequote": False, "escapechar": "\\"}, {"dialect": "excel-tab"}, {"dialect": "unix"}]:
    buf = io.StringIO()
    w = csv.writer(buf, **kwargs)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    print(kwargs, repr(text))
    back = list(csv.reader(io.StringIO(text, newline=""), **{k: v for k, v in kwargs.items() if k != "quoting"}))
    print(back)

print(list(csv.reader(["a,b,c", "1,2,3", "", '"x,y",z', ' p, q'], skipinitialspace=True)))
print(list(csv.reader(['"multi', 'line",end', 'last'])))
print(list(csv.reader(["1,2", "3.5,x"], quoting=csv.QUOTE_NONNUMERIC)) if False else None)
print(list(csv.reader(['"1",2,3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['"a"b,c'])))
for bad, kw in [(['"a"b,c'], {"strict": True}), (['"abc'], {"strict": True}), (["a\0b"], {}), (["a,b\rc"], {}),
                (["1,x"], {"quoting": csv.QUOTE_NONNUMERIC})]:
    try:
        print(list(csv.reader(bad, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [{"delimiter": "ab"}, {"delimiter": 1}, {"quoting": 9}, {"quotechar": None}, {"bogus": 1}, {"escapechar": 5}, {"escapechar": "ab"}, {"lineterminator": 5}, {"lineterminator": None}, {"quoting": None}, {"quotechar": None, "quoting": csv.QUOTE_ALL}]:
    try:
        csv.writer(io.StringIO(), **bad)
    except (TypeError, csv.Error) as e:
        print(type(e).__name__, e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error", e)
r = csv.reader(["a,b", "c,d"])
print(next(r), r.line_num, next(r), r.line_num)

data = "id,name,score\r\n1,Ann,90\r\n2,Ben\r\n\r\n3,Cy,70,extra\r\n"
dr = csv.DictReader(io.StringIO(data, newline=""), restkey="rest", restval="?")
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
print(list(csv.DictReader(["a;b", "1;2"], delimiter=";")), list(csv.DictReader(["1,2"], fieldnames=["x", "y"])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name"], restval="-")
dw.writeheader()
dw.writerow({"id": 1, "name": "A"})
dw.writerows([{"id": 2}, {"name": "C"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["id"], extrasaction="ignore").writerow({"id": 9, "other": 1})
print(repr(out.getvalue()[-4:]))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a|b", "c"])
print(repr(buf.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


buf = io.StringIO()
csv.writer(buf, dialect=Semi).writerows([[1, "a;b"], [2, "c"]])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), Semi)))
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)

with open("people.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "city"])
    w.writerow(["Zoë", "Zürich"])
with open("people.csv", newline="") as f:
    print(list(csv.reader(f)))
with open("people.csv", "rb") as f:
    print(f.read())
