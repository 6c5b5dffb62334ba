import math

M = type(math)
print(M.__name__)
for args, kwargs in [(([1, 2],), {}), ((), {"value": [3]}), (([5],), {"value": 1}), (("a", "b", "c"), {}),
                     ((), {}), ((3,), {"doc": "d"})]:
    try:
        M(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
