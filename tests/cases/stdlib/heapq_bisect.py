# heapq (CPython's sift order, priority queues, Dijkstra, nlargest/nsmallest,
# merge), bisect (lo/hi, key=, insort) and the string constants.
import heapq
import bisect
import string
from heapq import heappush, heappop

h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, v)
print(h, heappop(h), h, h[0])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), heapq.heappushpop(data, 0), heapq.heappushpop(data, 11), data)
print([heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, "hello"), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["c", "a"], ["b"], reverse=True)))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (2, "test"))
heappush(tasks, (3, "ship"))
while tasks:
    print(heappop(tasks), end=" ")
print()
graph = {"a": [("b", 1), ("c", 4)], "b": [("c", 2), ("d", 5)], "c": [("d", 1)], "d": []}
dist = {"a": 0}
pq = [(0, "a")]
while pq:
    d, u = heappop(pq)
    if d > dist.get(u, 1 << 60):
        continue
    for w, cost in graph[u]:
        if d + cost < dist.get(w, 1 << 60):
            dist[w] = d + cost
            heappush(pq, (d + cost, w))
print(dist)
for bad in [lambda: heappop([]), lambda: heapq.heapreplace([], 1), lambda: heappush((), 1), lambda: heappush([1, "a"], 2)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

xs = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(xs, 4), bisect.bisect_right(xs, 4), bisect.bisect(xs, 0), bisect.bisect(xs, 10), bisect.bisect_left(xs, 4, 4))
bisect.insort(xs, 5)
bisect.insort_left(xs, 4)
print(xs)
people = [("ann", 20), ("bob", 31), ("cy", 45)]
print(bisect.bisect(people, 33, key=lambda p: p[1]))
bisect.insort(people, ("dee", 33), key=lambda p: p[1])
print(people)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect(xs, 1, -1)
except ValueError as e:
    print(e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_uppercase[:3])
