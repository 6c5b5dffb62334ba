# The time module: clock types and units, sleep and its errors (the
# values themselves are the machine's, so only their properties print).
import time
from time import perf_counter, sleep

t0 = perf_counter()
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
a, b = time.monotonic(), time.monotonic()
print(a <= b, time.monotonic_ns() >= 0, time.process_time() >= 0, time.process_time_ns() >= 0)
sleep(0.02)
print(perf_counter() - t0 >= 0.02)
time.sleep(0)
for bad in (-1, float("nan"), "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
