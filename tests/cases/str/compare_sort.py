names = ["bob", "Alice", "carol", "Dave", "eve"]
print(sorted(names), min(names), max(names))
print("apple" < "banana", "apple" < "Apple", "a" * 3 == "aaa", "abc" != "abd")
print(sorted(["b10", "b2", "a1"]), sorted("hello"), "".join(sorted("hello")))
print("z" > "aaaa", "" < "a", "é" > "e")
