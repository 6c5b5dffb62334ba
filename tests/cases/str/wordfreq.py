text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
ranked = sorted([(-c, w) for w, c in freq.items()])
for c, w in ranked[:5]:
    print(f"{w:>8}: {-c}")
print(len(words), len(freq), text.count("it"), text.splitlines()[1][:10])
