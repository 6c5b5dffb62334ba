name, n, pi = "World", 1234567, 3.14159265
print(f"Hello, {name}! {n:,} {pi:.3f} {pi:10.2f}| {n:>12}|{n:<12}|{n:^12}|")
print(f"{255:x} {255:X} {255:#x} {5:b} {5:08b} {8:o} {65:c} {-42:+d} {42:+d}")
print(f"{name!r} {name:>8} {name:*<8} {name:.2}")
print(f"{0.5:%} {0.25:.1%} {1e10:e} {123.456:g} {0.000012:g} {1e20:g} {12345678.9:,.2f}")
w = 10
print(f"{pi:{w}.{3}f}|{'x' * 3}|{[1, 2]}|{ {'k': 1} }|{None}|{True}")
print(f"{3.0} {1e16} {-0.0:+} {7:05d} {-7:05d} {1234.5:_.2f} {1234567:_}")
val = 42
print(f"{val=}" if False else f"val={val}", f"{{braces}}")
