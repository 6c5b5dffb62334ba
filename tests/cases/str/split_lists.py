# Lists str.split makes are typed like displays: what the program stores
# into them joins their element type.
words = "alpha beta gamma".split()
print(words[0].upper(), len(words), words[-1][::-1])
mixed = "1 2 3".split(" ")
mixed.append(4)
mixed[0] = 0.5
print(mixed, [type(x).__name__ for x in mixed], mixed[-1] + 1)
lines = "a\nb\n\nc".splitlines()
lines.extend([None, ("t",)])
print(lines, "x,y,,z".rsplit(",", 1))


def first_word(text):
    parts = text.split()
    return parts[0] if parts else None


print(first_word("  hello world "), first_word("   "))
