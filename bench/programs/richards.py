# An operating-system-style task scheduler in the manner of Richards:
# tasks of several kinds, each a subclass overriding `run`, exchanging
# packets through queues held in linked lists, chosen by priority.


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.next = None

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        return p

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, seed, budget):
        Task.__init__(self, scheduler, ident, priority, None)
        self.waiting = False
        self.seed = seed
        self.budget = budget

    def run(self, packet):
        self.budget -= 1
        if self.budget == 0:
            self.held = True
            return None
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            self.waiting = True
            return None
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.dest = self.destination
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.count >= 4:
                self.work = work.link
                return self.scheduler.send(work)
            if self.devices is not None:
                dev = self.devices
                self.devices = dev.link
                dev.data[0] = work.data[work.count]
                work.count += 1
                return self.scheduler.send(dev)
        self.waiting = True
        return None


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
                return None
            p = self.pending
            self.pending = None
            return self.scheduler.send(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        self.held = True
        return None


IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = 0, 1


class Scheduler:
    def __init__(self):
        self.tasks = [None] * 6
        self.first = None
        self.hold_count = 0
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # Keep the list ordered by priority, highest first.
        if self.first is None or task.priority > self.first.priority:
            task.next = self.first
            self.first = task
            return
        t = self.first
        while t.next is not None and t.next.priority >= task.priority:
            t = t.next
        task.next = t.next
        t.next = task

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task

    def send(self, packet):
        self.sends += 1
        task = self.tasks[packet.dest]
        was_empty = task.queue is None
        task.queue = packet.append_to(task.queue)
        if was_empty:
            task.waiting = False
        return task

    def schedule(self):
        task = self.first
        while task is not None:
            if task.runnable():
                packet = task.take_packet() if task.queue is not None and task.waiting else None
                if packet is None and task.queue is not None and not task.waiting:
                    packet = task.take_packet()
                task.run(packet)
                task = self.first
            else:
                task = task.next


def work_queue(n, dest, kind):
    q = None
    for _ in range(n):
        q = Packet(q, dest, kind)
    return q


def run_once(budget):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, 1, budget))
    s.add(WorkerTask(s, WORKER, 1000, work_queue(2, WORKER, WORK)))
    s.add(HandlerTask(s, HANDLER_A, 2000, work_queue(3, DEVICE_A, DEVICE)))
    s.add(HandlerTask(s, HANDLER_B, 3000, work_queue(3, DEVICE_B, DEVICE)))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    s.schedule()
    return s.sends, s.hold_count


for budget in (1000, 5000, 20000):
    print(budget, run_once(budget))
total = 0
for _ in range(40):
    sends, holds = run_once(10000)
    total += sends + holds
print(total)
