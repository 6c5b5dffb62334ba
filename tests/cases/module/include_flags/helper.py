def greet(s):
    return "hello " + s
