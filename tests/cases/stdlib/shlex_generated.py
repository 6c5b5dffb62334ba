# shlex on generated command lines: quotes of both kinds, escapes inside
# and outside them, comments, punctuation and odd characters, through
# split (POSIX and not, with comments or not) and the lexer itself in each
# mode and with punctuation_chars; plus quote/join round trips. One line
# per block of 500 cases holds a checksum of what was printed for them;
# `-v` prints each case instead.
import random
import shlex
import sys

rng = random.Random(20261207)
VERBOSE_OUT = "-v" in sys.argv
PIECES = ["a", "bc", "x_1", " ", " ", "  ", "\t", "\n", "'", '"', "\\", "#", "$", "-", "--opt=1", "*.py", "~",
          ";", "|", "&&", "(", ")", ">", "<", "é", "ß", "!", "'q w'", '"q w"', "\\\"", "\\'", "\\\\", "a#b",
          "=", ".", "/", "?", "\r"]


def checksum(s, acc):
    for ch in s:
        acc = (acc * 31 + ord(ch)) % 1000000007
    return acc


def attempt(f):
    try:
        return repr(f())
    except ValueError as e:
        return "ValueError: %s" % e


def lex_all(s, posix, punct, split_ws):
    lex = shlex.shlex(s, posix=posix, punctuation_chars=punct)
    lex.whitespace_split = split_ws
    out = []
    for _ in range(100):
        tok = lex.get_token()
        if tok == lex.eof:
            break
        out.append(tok)
    return out, lex.lineno


acc = 0
for i in range(3000):
    s = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
    posix = rng.random() < 0.6
    line = "%d %r split=%s %s lex=%s" % (
        i, s, attempt(lambda: shlex.split(s, comments=rng.random() < 0.5, posix=posix)),
        attempt(lambda: shlex.split(s)),
        attempt(lambda: lex_all(s, posix, rng.choice([False, True, "|&;"]), rng.random() < 0.3)))
    words = [w for w in s.split(" ") if w]
    assert shlex.split(shlex.join(words)) == words, words
    line += " " + shlex.join(words)
    if VERBOSE_OUT:
        print(line)
    acc = checksum(line, acc)
    if i % 500 == 499 and not VERBOSE_OUT:
        print("block", i // 500, acc)
        acc = 0

# Documented examples.
print(shlex.split('ls -l "my file" \'it is\' a\\ b # comment', comments=True))
print(shlex.quote("safe-name.txt"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""))
print(shlex.join(["echo", "-n", "Multiple words", "it's"]))
lex = shlex.shlex("a && b; c || d", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("first second", posix=True)
print(lex.get_token(), end=" ")
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one\ntwo\nthree")
print([(t, lex.lineno) for t in lex], lex.error_leader("f.txt"))
print(repr(shlex.shlex("x").eof), repr(shlex.shlex("x", posix=True).eof), shlex.shlex("x").wordchars)
print(shlex.shlex("x", punctuation_chars=True).punctuation_chars, shlex.shlex("x", punctuation_chars="|").wordchars)
