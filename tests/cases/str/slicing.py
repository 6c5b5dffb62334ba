s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[1::2], s[::-2], s[8:2:-2], s[100:], s[-100:2])
u = "αβγδε"
print(u[1:4], u[::-1], u[-2:], len(u[1:]))
print("hello"[1], "hello"[-1])
try:
    print("abc"[3])
except IndexError as e:
    print("IndexError:", e)
