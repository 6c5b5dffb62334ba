# copy.Error and string.capwords.
import copy, string
print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception))
try:
    raise copy.Error("x")
except copy.Error as e:
    print(type(e).__name__, e)
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b-c", "-"), string.capwords("x y", sep=None))
