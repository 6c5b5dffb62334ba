import bisect
class Bad:
    def __index__(self):
        return 'bad'
class Index:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value
for kw in ({'lo': Bad()}, {'hi': Bad()}, {'lo': Index(10**30)}, {'hi': Index(10**30)}, {'hi': Index(-1)}, {'hi': 10**30}):
    try:
        print(bisect.bisect_left([1, 2], 1, **kw))
    except Exception as e:
        print(type(e).__name__, e)
from bisect import bisect_right
print(bisect.bisect is bisect_right, bisect.insort is bisect.insort_right, bisect.bisect.__name__, () is (), tuple() is ())
