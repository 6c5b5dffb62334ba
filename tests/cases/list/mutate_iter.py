items = [1, 2, 3]
for x in items:
    if x < 10:
        items.append(x * 10)
print(items)
nums = list(range(10))
evens = [n for n in nums if n % 2 == 0]
nums[2:8] = []
print(nums, evens, list("abc"), list((1, 2)), list({3: 4}))
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=" ")
print()
