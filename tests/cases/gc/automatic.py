# Collections start by themselves as cyclic garbage accumulates: no
# gc.collect() call, yet finalizers run long before the end and memory
# stays bounded.
import gc

finalized = 0


class Node:
    def __init__(self, n):
        self.n = n
        self.peer = None

    def __del__(self):
        global finalized
        finalized += 1


def churn(rounds):
    for i in range(rounds):
        a = Node(i)
        b = Node(i + 1)
        a.peer = b
        b.peer = a


churn(50000)
print("finalized during the loop:", finalized > 40000)
gc.disable()
before = finalized
churn(5000)
print("none while disabled:", finalized == before)
gc.enable()
gc.collect()
print("all after collect:", finalized == 110000)
