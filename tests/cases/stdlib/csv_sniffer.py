# csv.Sniffer: the dialect it guesses (quote character, delimiter,
# doublequote, skipinitialspace) and has_header, on samples with quoted
# fields, without quotes, single columns, odd delimiters, and the error.
import csv
import random

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\n"Smith, J";42;"New York"\n"Doe";37;Paris\n',
    "id\tvalue\n1\t'x'\n2\t'y'\n",
    'x|y|z\n1|2|3\n',
    '"a","b"\n"c""d","e"\n',
    "'single'\n'column'\n",
    'first, second, third\n1, 2, 3\n4, 5, 6\n',
    'one two three\nfour five six\n',
    'a:b:c\r\n1:2:3\r\n',
    'title,year\n"Dune, Part Two",2024\n"Heat",1995\n"Alien",1979\n',
    'no delimiters here\nat all\n',
    '',
    '"q1" ,x\n"q2" ,y\n',
    'h1,h2\n1.5,2e3\n-3,4j\nnan,inf\n',
    'k=v;k2=v2\nk3=v3;k4=v4\n',
    '"a"\t"b"\n"c"\t"d"\n',
    'a,"b ""quoted"" c",d\ne,f,g\n',
]
rnd = random.Random(4)
for _ in range(25):
    delim = rnd.choice(",;\t| :")
    quote = rnd.choice("\"'")
    rows = []
    for r in range(rnd.randint(1, 14)):
        cells = []
        for c in range(rnd.randint(2, 5)):
            v = rnd.choice(["abc", "12", "3.5", "x y", "q,r", "it's", "", "名前", "-7"])
            if rnd.random() < 0.3:
                v = quote + v + quote
            cells.append(v)
        rows.append(delim.join(cells))
    samples.append("\n".join(rows) + rnd.choice(["", "\n"]))
for s in samples:
    try:
        d = csv.Sniffer().sniff(s)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == "\r\n",
              d.quoting, end=" ")
    except csv.Error as e:
        print("Error:", e, end=" ")
    try:
        print(csv.Sniffer().has_header(s))
    except (csv.Error, StopIteration) as e:
        print(type(e).__name__, e)
for s, ds in [('a;b,c\n1;2,3\n', ";"), ('a;b,c\n1;2,3\n', ","), ('a b\n', ","), ('"x";"y"\n"z";"w"\n', ",")]:
    try:
        print(repr(csv.Sniffer().sniff(s, ds).delimiter))
    except csv.Error as e:
        print("Error:", e)
d = csv.Sniffer().sniff('name;age\n"Ann";3\n"Bob";4\n')
print(list(csv.reader(['"Ann";3', '"Bob";4'], d)), csv.Sniffer().preferred)
