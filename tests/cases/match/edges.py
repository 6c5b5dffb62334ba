# match edge cases: strings are not sequences, guards run after binding and
# only when the pattern matched, captures stay bound after the match, and a
# capture of a case that did not match is unbound.
def seq_or_str(x):
    match x:
        case [*chars]:
            return ("sequence", chars)
        case str():
            return ("string", x)
    return ("other", x)


print(seq_or_str("abc"), seq_or_str(("a", "b")), seq_or_str(b"ab"), seq_or_str(5))

calls = []


def check(v):
    calls.append(v)
    return v > 1


for n in [0, 1, 2, 3]:
    match n:
        case 0:
            pass
        case k if check(k):
            print("big", k)
        case k:
            print("small", k)
print(calls)

match (1, (2, 3)):
    case (a, (b, c)) if a < b < c:
        pass
print(a, b, c)

match {"x": 1, "y": 2, "z": 3}:
    case {"x": 1, **others}:
        print(sorted(others.items()))

match [1, 2, 3, 4, 5]:
    case [1, *_, 5] as whole:
        print("framed", whole)

match 3.0:
    case 3:
        print("3.0 == 3")

match -1:
    case -1:
        print("negative literal")


def unbound(v):
    match v:
        case [x]:
            pass
        case _:
            pass
    return x


print(unbound([7]))
print(unbound(8))
