# A generator pipeline: several chained generators over 10^6 items.


def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def odd(it):
    for x in it:
        if x % 2:
            yield x


def scaled(it, k):
    for x in it:
        yield x // k


print(sum(scaled(odd(squares(numbers(1000000))), 3)))
