# strftime over every directive with every flag, width and modifier, on
# tuples with odd years, weekdays and days of the year, as glibc formats
# them (a checksum of all 4,737 x 10 results, and a sample of them).
import os
import time

# %Z of a bare tuple and %s read the local zone: fix it.
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()
convs = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%QEfq"
tuples = [(5, 2, 3, 4, 5, 6, 0, 34, 0), (2024, 12, 31, 0, 0, 0, 1, 366, 0), (-3, 1, 1, 0, 0, 0, 0, 1, 0),
          (12345, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 13, 0, 0, 0, 1, -1), (-150, 1, 1, 0, 0, 0, 0, 1, 0),
          (2021, 1, 3, 23, 59, 60, 6, 3, 1), (1999, 0, 0, 12, 0, 0, -1, 0, 0), time.gmtime(1718451000),
          time.struct_time((2001, 9, 9, 1, 46, 40, 6, 252, 1, "XDT", -14400))]
out = []
for c in convs:
    for flag in ["", "_", "-", "0", "^", "#", "^#"]:
        for w in ["", "1", "3", "6", "10"]:
            for mod in ["", "E", "O"]:
                f = "%" + flag + w + mod + c
                out.append(f + " " + "|".join(repr(time.strftime(f, t)) for t in tuples))
for f in ["%", "a%", "%-", "%10", "%E", "%O", "%_", "x%5", "%%%", "%e%", "%Ez", "ÿ%aß%^c"]:
    out.append(f + " " + "|".join(repr(time.strftime(f, t)) for t in tuples))
import zlib
print(len(out), zlib.crc32("\n".join(out).encode()))
for line in out[::97]:
    print(line)
