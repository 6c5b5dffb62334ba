print("b starts")
import a
B = 2
from_a = a.A
print("b sees a.A", a.A)
try:
    a.b_seen
except AttributeError as e:
    print("b:", e)
print("b ends")
