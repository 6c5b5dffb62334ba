graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}

def bfs(start):
    seen = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.append(nxt)
                queue.append(nxt)
    return seen

def paths(node, target):
    if node == target:
        return 1
    total = 0
    for nxt in graph[node]:
        total += paths(nxt, target)
    return total

print(bfs("a"), paths("a", "f"), {k: len(v) for k, v in graph.items()})
