import c2
C = 3
