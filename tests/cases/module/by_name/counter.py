print("loading counter")
loads = 1
