print("a starts")
A = 1
import b
b_seen = b.B
print("a ends")
