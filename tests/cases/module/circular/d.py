import d2
D = 4
