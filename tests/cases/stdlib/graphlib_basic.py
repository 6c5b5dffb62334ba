from graphlib import TopologicalSorter, CycleError

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
graph = {"D": ["B", "C"], "C": ["A"], "B": ["A"]}
print(list(TopologicalSorter(graph).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(7, 0)
ts.add(1, 0)
print(tuple(ts.static_order()))

ts = TopologicalSorter({"build": ["compile", "fetch"], "compile": ["fetch"], "test": ["build"]})
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order, bool(ts))

for g in [{"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [2], 2: [3], 3: [2], 4: [1]}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))

ts = TopologicalSorter({"x": ["y"]})
for action in ["ready", "prepare", "prepare", "add", "done-unknown", "done-early"]:
    try:
        if action == "ready":
            TopologicalSorter().get_ready()
        elif action == "prepare":
            ts.prepare()
        elif action == "add":
            ts.add("z")
        elif action == "done-unknown":
            ts.done("q")
        else:
            ts.done("x")
        print(action, "ok")
    except ValueError as e:
        print(action, "ValueError:", e)
print(ts.get_ready(), ts.is_active())
ts.done("y")
try:
    ts.done("y")
except ValueError as e:
    print(e)
print(ts.get_ready())
