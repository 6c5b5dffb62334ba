inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"kale": 2}}
inventory["fruit"]["apple"] += 2
inventory["veg"]["leek"] = 7
for cat, items in inventory.items():
    for name, qty in items.items():
        if qty:
            print(cat, name, qty)
print(inventory, sum(inventory["fruit"].values()))
