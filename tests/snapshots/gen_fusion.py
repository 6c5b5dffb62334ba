# Generator fusion: the pipeline below compiles to one loop over ints.


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


print(sum(odd(squares(numbers(10)))))
