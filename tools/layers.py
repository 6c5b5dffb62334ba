#!/usr/bin/env python3
"""Reports the runtime's imports that point up its layers.

The runtime (rt/src) is layered, bottom to top: object, types, ops,
builtins, stdlib, abi. A file may use its own layer and the ones below;
every reference from a file to a higher layer (`crate::<layer>::...`) is an
upward import, listed here with the file and the names it reaches.

    python3 tools/layers.py            # the table of upward imports
    python3 tools/layers.py --check    # fails if there is any (CI runs it)

The lower layers reach the generic operations above them through the object
protocol (`object/protocol.rs`), never by importing them; see
ARCHITECTURE.md, "The runtime's layers".
"""
import collections
import os
import re
import sys

BUDGET = 0

LAYERS = ["object", "types", "ops", "builtins", "stdlib", "abi"]
ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rt", "src")


def upward():
    edges = collections.defaultdict(set)
    for layer in LAYERS:
        for dirpath, _, files in os.walk(os.path.join(ROOT, layer)):
            for f in sorted(files):
                if not f.endswith(".rs"):
                    continue
                path = os.path.join(dirpath, f)
                text = open(path).read()
                # A file's own unit tests may use anything.
                text = text.split("#[cfg(test)]")[0]
                rank = LAYERS.index(layer)
                for m in re.finditer(r"crate::(\w+)(?:::(\w+))?", text):
                    target = m.group(1)
                    if target in LAYERS and LAYERS.index(target) > rank:
                        name = target + ("::" + m.group(2) if m.group(2) else "")
                        edges[os.path.relpath(path, ROOT)].add(name)
    return edges


def main():
    edges = upward()
    total = sum(len(v) for v in edges.values())
    if "--check" in sys.argv:
        if total > BUDGET:
            for f, targets in sorted(edges.items()):
                print(f"{f}: {', '.join(sorted(targets))}", file=sys.stderr)
            sys.exit(f"tools/layers.py: {total} upward imports in the runtime (see above); the layers allow none")
        print(f"runtime layers: {total} upward imports")
        return
    by_pair = collections.Counter()
    for f, targets in sorted(edges.items()):
        for t in sorted(targets):
            by_pair[(f.split("/")[0], t.split("::")[0])] += 1
        print(f"{f}: {', '.join(sorted(targets))}")
    print()
    for (a, b), n in sorted(by_pair.items()):
        print(f"{a} -> {b}: {n}")
    print(f"total: {sum(len(v) for v in edges.values())} upward imports in {len(edges)} files")


if __name__ == "__main__":
    main()
