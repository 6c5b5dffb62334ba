"""Module objects are shared: what one importer changes, all see."""
import config
import worker
config.settings["mode"] = "fast"
config.LEVEL = 3
print(worker.describe())
config.items.append(4)
print(worker.total(), len(config.items))
worker.bump()
print(config.LEVEL, worker.level_seen())
from config import items
items.append(5)
print(config.items, worker.total())
