import getopt
cases = [(["-a", "-b", "val", "-cfoo", "rest", "-d"], "ab:c:d", []),
         (["--alpha", "--beta=1", "--gam", "x", "--", "-a"], "a", ["alpha", "beta=", "gamma="]),
         (["-ab", "file"], "ab", []), (["x", "-a"], "a", []), (["-", "-a"], "a", []),
         (["--al"], "", ["alpha", "alps"]), (["--alpha=3"], "", ["alpha"]), (["-z"], "a", []), (["-b"], "b:", []),
         (["--beta"], "", ["beta="]), (["--nope"], "", ["alpha"]), (["--al"], "", "alpha")]
for args, short, long in cases:
    for fn in (getopt.getopt, getopt.gnu_getopt):
        try:
            print(fn(args, short, long))
        except getopt.GetoptError as e:
            print("GetoptError", e, e.msg, e.opt, e.args)
print(getopt.gnu_getopt(["a", "-x", "b", "--y", "c"], "x", ["y"]), getopt.gnu_getopt(["a", "-x"], "+x"))
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
