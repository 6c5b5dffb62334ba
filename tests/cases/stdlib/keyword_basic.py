import keyword
from keyword import iskeyword
print(keyword.iskeyword("for"), iskeyword("x"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(keyword.kwlist[:3], keyword.softkwlist)
print(keyword.__name__)
print([w for w in ["if", "match", "case", "_", "print", "async", "None"] if keyword.iskeyword(w) or keyword.issoftkeyword(w)])
try:
    keyword.iskeyword([])
except TypeError as e:
    print(e)
