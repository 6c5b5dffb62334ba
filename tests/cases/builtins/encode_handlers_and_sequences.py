# str.encode's xmlcharrefreplace and backslashreplace; objects with only
# __getitem__ iterate by the old sequence protocol.
s = "café € 😀 x"
for enc in ["ascii", "latin-1"]:
    for err in ["xmlcharrefreplace", "backslashreplace", "replace", "ignore"]:
        print(enc, err, s.encode(enc, err))
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()], sorted(Seq(), reverse=True))
class Stop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "ab"[i]
print(list(Stop()), tuple(iter(Stop())), type(iter(Seq())).__name__)
