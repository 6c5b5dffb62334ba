NAME = "beta"
def run(n):
    return n + 100
