# error: yield (generators) is not supported yet
def gen():
    yield 1
