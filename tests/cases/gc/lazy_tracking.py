# Lists and dicts of numbers and strings are left to reference counting
# until they hold a container; a cycle made through one later is still
# found and collected.
import gc
import heapq
import json

gc.disable()


class Node:
    def __del__(self):
        print("Node finalized")


def cycle_by(make_cycle):
    gc.collect()
    make_cycle()
    return gc.collect()


def by_append():
    a = [1, 2, "x"]
    a.append(a)


def by_setitem():
    a = [1, 2]
    a[0] = a


def by_insert():
    a = []
    a.insert(0, [a])


def by_extend():
    a = [1.5]
    a.extend([None, a])


def by_slice():
    a = [1, 2, 3]
    a[1:2] = [a, a]


def by_iadd():
    a = ["s"]
    a += [a]


def dict_by_setitem():
    d = {"a": 1}
    d["self"] = d


def dict_by_setdefault():
    d = {}
    d.setdefault("k", [d])


def dict_by_update():
    d = {1: 2}
    d.update({"me": d})


def json_cycle():
    doc = json.loads('{"items": [1, 2, 3], "meta": {"n": 3}}')
    doc["items"].append(doc)
    doc["meta"]["up"] = doc


def heap_cycle():
    h = [(1, "a"), (2, "b"), (3, "c")]
    heapq.heapreplace(h, (0, h))


def copy_cycle():
    d = {"a": 1}
    c = d.copy()
    c["d"] = c
    lst = list(range(3))
    lst2 = lst[:]
    lst2.append(lst2)


def tuple_in_dict():
    d = {}
    t = (d,)
    d["t"] = t


def finalizer():
    n = Node()
    box = [0]
    box[0] = n
    n.box = box


for f in [by_append, by_setitem, by_insert, by_extend, by_slice, by_iadd, dict_by_setitem, dict_by_setdefault,
          dict_by_update, json_cycle, heap_cycle, copy_cycle, tuple_in_dict, finalizer]:
    print(f.__name__, cycle_by(f) > 0)
print(gc.is_tracked({"a": [1]}), gc.is_tracked([{}]), gc.is_tracked((1, "a")), gc.is_tracked(([],)))
