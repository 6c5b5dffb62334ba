# An idiomatic program of classes: class-level counters, defaults of None,
# super() in overrides, __eq__/__hash__ in dicts, sorting by a key.
class Account:
    count = 0
    rate = 0.01

    def __init__(self, owner, balance=0, history=None):
        self.owner = owner
        self.balance = balance
        self.history = history if history is not None else []
        Account.count += 1
        self.id = Account.count

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def interest(self):
        self.balance = self.balance * (1 + self.rate)
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    def __hash__(self):
        return hash(self.id)


class Savings(Account):
    rate = 0.05

    def __init__(self, owner, balance=0, limit=3):
        super().__init__(owner, balance)
        self.limit = limit

    def withdraw(self, amount):
        if self.limit <= 0:
            raise RuntimeError("no withdrawals left")
        self.limit -= 1
        return super().withdraw(amount)


accts = [Account("ann", 100), Savings("bob", 50), Account("cy")]
accts[0].deposit(25).withdraw(10)
accts[1].deposit(5)
for _ in range(4):
    try:
        accts[1].withdraw(1)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    accts[2].withdraw(1)
except ValueError as e:
    print(e)
try:
    accts[2].deposit(-1)
except ValueError as e:
    print(e)
print(accts, Account.count, Savings.count)
print([round(a.interest(), 4) for a in accts])
print({a: a.owner for a in accts}[accts[1]], accts[0] == accts[0], accts[0] == accts[1])
print(sorted(accts, key=lambda a: a.balance))
print(accts[0].history, accts[1].history)
s = Savings("dee", limit=0)
print(s.limit, s.rate, Account.rate, s.id)
