import fnmatch
cases = [("abc", "a*"), ("abc", "*c"), ("abc", "a?c"), ("abc", "[ab]bc"), ("abc", "[!a]bc"), ("a]c", "a[]]c"),
         ("a-c", "a[a-]c"), ("abc", "a[z-a]c"), ("a[c", "a[c"), ("", "*"), ("", ""), ("x", ""), ("aaab", "*a*a*b"),
         ("ab", "*a*a*b"), ("file.py", "*.py"), ("File.PY", "*.py"), ("a!c", "a[!]c"), ("abc", "a[!b-d]c"),
         ("aXc", "a[!b-d]c"), ("a/b", "a*b"), (".hidden", "*"), ("abcabc", "*abc"), ("mississippi", "*ss*ss*i"),
         ("mississippi", "m*iss*ppi"), ("x.tar.gz", "*.*.gz"), ("aaa", "a*a*a*a")]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"))
