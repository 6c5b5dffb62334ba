import d
print(d.D)
