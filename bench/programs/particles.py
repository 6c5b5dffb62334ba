# Object-oriented numeric code: instances with attributes set in
# __init__, methods reading and writing them in a hot loop.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self, dt):
        self.pos = self.pos.add(self.vel.scale(dt))
        self.steps += 1


def simulate(n, steps):
    ps = [Particle(Vec(i * 0.5, -i * 0.25), Vec(1.0 / (i + 1), 0.5)) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            p.step(0.01)
    total = 0.0
    for p in ps:
        total += p.pos.norm2()
    return total, sum(p.steps for p in ps)


print(simulate(1000, 200))
