settings = {"mode": "slow"}
LEVEL = 1
items = [1, 2, 3]
