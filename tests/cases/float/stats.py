data = [2.5, 3.75, 1.0, 4.25, 3.0, 2.0]
n = len(data)
mean = sum(data) / n
var = 0.0
for x in data:
    var += (x - mean) ** 2
var /= n
print(mean, var, var ** 0.5, min(data), max(data))
print(f"{mean:.3f} {var:.4e} {round(var, 3)}")
scaled = [x * 1.1 for x in data]
print(scaled)
print(sorted(data), sum(data) == 16.5)
