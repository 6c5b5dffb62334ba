# N-queens: every solution, with lists, tuples and sets.


def solutions(n):
    found = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placed = []

    def place(row):
        if row == n:
            found.append(tuple(placed))
            return
        for col in range(n):
            if col in cols or (row + col) in diag1 or (row - col) in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return found


def symmetric(board):
    n = len(board)
    mirrored = tuple(n - 1 - c for c in board)
    return mirrored == board


for n in range(4, 13):
    sols = solutions(n)
    distinct = {s for s in sols}
    print(n, len(sols), len(distinct), sum(1 for s in sols if symmetric(s)), sols[0] if sols else None)
