print("{} and {}".format("a", "b"), "{1} {0}".format("x", "y"), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{:.3f} {:,} {:08.2f} {:x} {:#b}".format(3.14159, 1234567, -3.5, 255, 5))
print("{!r} {{literal}} {:e}".format("q", 1500.0))
print(format(1234.5, ",.1f"), format(0.5, ".0%"), format(42, "+"), format("s", "*^7"), format(3.0))
