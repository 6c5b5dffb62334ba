# pprint and reprlib of frozensets, and frozenset against the collections ABCs.
import pprint, reprlib
from collections.abc import Set, Hashable, MutableSet
pprint.pprint(frozenset(range(30)))
pprint.pprint(frozenset())
print(reprlib.repr(frozenset(range(20))))
print(isinstance(frozenset(), Set), isinstance(frozenset(), Hashable), isinstance(frozenset(), MutableSet))
pprint.pprint({"k": frozenset(range(25)), "j": [frozenset((1, 2))]}, width=30)
print(pprint.pformat(frozenset({3, 1, 2})))
