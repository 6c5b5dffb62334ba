# Word frequencies: split lines, count in a dict, sort by count.

WORDS = ("the quick brown fox jumps over lazy dog and then runs far away from "
         "a small river near an old mill where children play every summer day").split()


def make_text(lines, seed):
    out = []
    x = seed
    for _ in range(lines):
        words = []
        for _ in range(12):
            x = (x * 1103515245 + 12345) % 2147483648
            words.append(WORDS[x % len(WORDS)])
        out.append(" ".join(words))
    return out


def count(lines):
    freq = {}
    for line in lines:
        for w in line.split():
            freq[w] = freq.get(w, 0) + 1
    return freq


text = make_text(20000, 42)
total = {}
for _ in range(10):
    for w, c in count(text).items():
        total[w] = total.get(w, 0) + c
ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:10]:
    print(w, c)
print(len(total), sum(total.values()))
