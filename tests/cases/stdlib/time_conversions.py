# The time module's conversions: struct_time, gmtime/localtime/mktime,
# asctime/ctime, strftime with glibc's directives, flags and widths, and
# strptime (fields, names, %z/%Z, week numbers, CPython's errors). Local
# time runs under POSIX TZ rules set here, so no zone database is needed.
import os
import pickle
import time

# Local time (%Z of a bare tuple, %s, ctime) follows TZ: fix it first.
os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()


def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", repr(r))


print("-- struct_time")
g = time.gmtime(1718451000)
print(g, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], g[1:4], type(g[1:4]).__name__)
print(isinstance(g, tuple), g == tuple(g), hash(g) == hash(tuple(g)), g + (1,))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
s = time.struct_time((2020, 2, 3, 4, 5, 6, 0, 34, 0, "XYZ", 3600))
print(s, s.tm_zone, s.tm_gmtoff, s.tm_year, s.tm_mon, s.tm_mday, s.tm_hour, s.tm_min, s.tm_sec, s.tm_wday, s.tm_yday)
print(time.struct_time(range(9), {"tm_zone": "Q"}).tm_zone, time.struct_time(range(10)).tm_gmtoff)
y, mo, *rest = g
print(y, mo, rest)
match g:
    case time.struct_time(tm_year=2024, tm_mon=m):
        print("matched month", m)
print(pickle.loads(pickle.dumps(g)) == g, pickle.loads(pickle.dumps(g)).tm_zone)
for bad in [(1, 2, 3), range(12), 5]:
    attempt(time.struct_time, bad)
attempt(time.struct_time, range(9), 5)
attempt(lambda: time.struct_time(range(9))[9])

print("-- gmtime")
for secs in [0, 1, -1, 1.9, -1.9, True, 86399, 951782400, 4102444800, -2208988800, -62135596800, 253402300799,
             10 ** 12, -10 ** 12, 1e11, 67767976233316799]:
    print(secs, tuple(time.gmtime(secs)))


class Index:
    def __index__(self):
        return 5


print(time.gmtime(Index()).tm_sec)
for bad in ["x", float("nan"), 1e20, float("inf"), 2 ** 63, 10 ** 17]:
    attempt(time.gmtime, bad)
attempt(time.gmtime, 0, 1)
attempt(lambda: time.gmtime(seconds=0))

print("-- asctime, ctime, strftime")
e = time.gmtime(0)
print(time.asctime(e), "|", time.asctime(g), "|", time.asctime((1, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
claimed = (2024, 6, 15, 12, 30, 0, 0, 1, 0)
print(time.strftime("%a|%A|%d|%m|%j|%w|%u|%U|%W", claimed), time.strftime("%Y-%m-%d %H:%M:%S", e))
for fmt in ["%a %A %b %B %h %c", "%C %d %D %e %F %g %G %H %I %j %k %l %m %M", "%n%t%p %P %r %R %S %T %u %V %U %W %w",
            "%x %X %y %Y %z %Z %%", "%-d %_d %03d %-j %5j %_5j %-3d %1d", "%^a %#a %^B %#b %#p %^p %^P %#Z %5Z",
            "%10Y %_3Y %-Y %3C %Ey %Od %EY %Oe %OB", "%6z %_z %-z %3z %06z", "%f %Q % %E %O %+Y %10", "a%", "",
            "%%Y literal", "%12F %15D %^c", "%s"]:
    for t in [e, g, (5, 2, 3, 4, 5, 6, 0, 34, 0), (-150, 12, 31, 23, 59, 60, 6, 365, 1), (2024, 1, 1, 13, 0, 0, 0, 1, -1)]:
        print(repr(fmt), repr(time.strftime(fmt, t)))
for t in [(2024, 13, 15, 12, 30, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, -1), (2024, 1, 1, 0, 0, 0, 0, 367, -1),
          (2024, 1, 32, 0, 0, 0, 0, 1, 0), (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
          (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024.0, 1, 1, 0, 0, 0, 0, 1, 0), (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0),
          [2024, 1, 1, 0, 0, 0, 0, 1, 0], (1, 2), None, (2024, 1, 1, 0, 0, 0, 100, 1, -1)]:
    attempt(time.strftime, "%a %j", t)
    attempt(time.asctime, t)
attempt(time.strftime, 5)
attempt(time.strftime, "a\0b", e)
attempt(time.strftime)
attempt(time.asctime, e, e)

print("-- local time under TZ rules")
for zone in ["UTC0", "EST+05EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3", "IST-05:30"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for secs in [0, 1718451000, 1710054000, 1710057600, 1704067200]:
        lt = time.localtime(secs)
        print("  ", tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), time.ctime(secs))
        print("  ", time.strftime("%Y-%m-%d %H:%M:%S %Z %z", lt), time.strftime("%Z %z", tuple(lt)))
    print("  ", time.mktime((2024, 3, 10, 2, 30, 0, 0, 0, -1)), time.mktime((2024, 7, 1, 0, 0, 0, 0, 0, 0)))
attempt(time.mktime, (1, 2))
attempt(time.mktime, [2024, 1, 1, 0, 0, 0, 0, 1, 0])
attempt(time.mktime)
attempt(time.ctime, 0, 1)

print("-- strptime")
for args in [("2026-01-02", "%Y-%m-%d"), ("12:30", "%H:%M"), ("Thu Jan  1 00:00:00 1970",), ("02-29", "%m-%d"),
             ("Mon 5 2024", "%a %W %Y"), ("2024 05 3", "%G %V %u"), ("+05:30 UTC", "%z %Z"),
             ("JAN  1", "%b %d"), ("2024 366", "%Y %j"), ("2023 366", "%Y %j"), ("5 pm", "%I %p"),
             ("12 am", "%I %p"), ("12", "%I"), ("2024-06-15T11:30:00.123+0200", "%Y-%m-%dT%H:%M:%S.%f%z"),
             ("2024-06-15 11:30:00 -05:30:15.5", "%Y-%m-%d %H:%M:%S %z"), ("Z", "%z"), ("Wednesday March 5", "%A %B %d"),
             ("wed mar 5", "%a %b %d"), ("Sat Jun 15 11:30:00 2024", "%c"), ("06/15/24", "%x"), ("11:30:00", "%X"),
             ("1231", "%m%d"), ("111", "%m%d"), ("123", "%H%M"), ("2024 0 0", "%Y %U %w"), ("2024 53 6", "%Y %U %w"),
             ("2020 1 1", "%G %V %u"), ("1 2", "%d  %m"), ("1\t\n2", "%d %m"), ("70", "%y"), ("68", "%y"),
             ("2024-1-5", "%Y-%m-%d"), ("59.999999", "%S.%f"), ("61", "%S"), ("GMT", "%Z")]:
    r = time.strptime(*args)
    print(args, tuple(r), r.tm_zone, r.tm_gmtoff)
for args in [("nope", "%Y"), ("2023-02-29", "%Y-%m-%d"), ("  12", "%H"), ("12", "  %H"), ("1", "%e"), ("1", "%"),
             ("1", "a%"), ("x", "% d"), ("1", "%d%%"), ("2024-01-05 extra", "%Y-%m-%d"), ("62", "%S"), ("0000", "%Y"),
             ("2020 1", "%G %V"), ("2020 1 1", "%Y %V %u"), ("2020 1 1", "%G %j %u"), ("EST", "%Z"), (5, "%Y"),
             ("5", 5), ("a", "b", "c"), ("+05:3015", "%z")]:
    attempt(time.strptime, *args)
attempt(lambda: time.strptime(data_string="x"))
print(time.strptime(time.asctime(e))[:6] == e[:6], time.strftime("%Y-%m-%d", time.strptime("2024-06-15", "%Y-%m-%d")))
