"""Topological sorting of graphs (pyaot's own `graphlib` module, written
from the documentation): `TopologicalSorter` and `CycleError`."""

__all__ = ["TopologicalSorter", "CycleError"]

_NOT_READY = 0
_PASSED_OUT = -1
_DONE = -2


class CycleError(ValueError):
    """Raised by `prepare()` when the graph has a cycle: `args[1]` lists
    the cycle's nodes, the first repeated last."""

    pass


class _Node:
    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = _Node(node)
            self._nodes[node] = info
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _PASSED_OUT
        self._ready = []
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                elif state == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                else:
                    raise ValueError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _DONE
            for succ in info.successors:
                s = self._nodes[succ]
                s.npredecessors -= 1
                if s.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first from each node in turn, following successors; a node
        # met again while on the path closes a cycle.
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = []
            on_path = {}
            stack = [(start, iter(self._nodes[start].successors))]
            seen.add(start)
            path.append(start)
            on_path[start] = 0
            while stack:
                node, successors = stack[-1]
                advanced = False
                for succ in successors:
                    if succ in on_path:
                        return path[on_path[succ]:] + [succ]
                    if succ not in seen:
                        seen.add(succ)
                        on_path[succ] = len(path)
                        path.append(succ)
                        stack.append((succ, iter(self._nodes[succ].successors)))
                        advanced = True
                        break
                if not advanced:
                    stack.pop()
                    del on_path[path.pop()]
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)
