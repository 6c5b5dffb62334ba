try:
    line = input("prompt> ")
    print("got", line)
except EOFError as e:
    print("EOFError:", e)
