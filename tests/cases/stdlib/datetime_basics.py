import datetime
from datetime import date, datetime as dt, time, timedelta, timezone, tzinfo

# timedelta
for td in [timedelta(), timedelta(1), timedelta(days=-1), timedelta(seconds=-1), timedelta(hours=25.5),
           timedelta(weeks=1, days=-1, hours=3, minutes=-4, seconds=5, milliseconds=6, microseconds=-7),
           timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(days=0.1), timedelta(minutes=-0.5),
           timedelta(True), timedelta.max, timedelta.min, timedelta.resolution]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a, b = timedelta(hours=3), timedelta(hours=-2)
print(a + b, a - b, -a, +b, abs(b), a * 2, 2 * a, a * 1.5, a / 2, a / 4.0, a / b, a // b, a // 7, a % b,
      divmod(a, b), a == timedelta(minutes=180), a < b, a >= b, hash(a) == hash(timedelta(seconds=10800)))
print(timedelta(seconds=1) / 3, timedelta(seconds=1) * 0.1, timedelta(1) == 1, timedelta(1) != "x")
for bad in [lambda: a / 0, lambda: a // timedelta(0), lambda: timedelta(days=10 ** 9), lambda: timedelta("1"),
            lambda: a + 1, lambda: a < 1, lambda: timedelta.max + timedelta(1)]:
    try:
        bad()
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# date
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(),
      d.isoformat(), d.ctime(), d.timetuple())
print(d + timedelta(days=1), d - timedelta(days=365), d - date(2000, 1, 1), d.replace(day=1), d.replace(year=2023, day=28))
print(date.fromordinal(738945), date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"),
      date.fromisocalendar(2020, 53, 7), date.fromisoformat("2020-W01-1"), date.min, date.max, date.resolution)
print(d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %w %u %y %C %G %V %x %c %%"), f"{d:%d/%m/%Y}", format(d, ""))
print(d == date(2024, 2, 29), d < date(2025, 1, 1), d > date(2024, 1, 1), d == "2024-02-29", sorted([d, date(2020, 1, 1)]))
print(len({date(2024, 1, 1), date(2024, 1, 1)}), date(2024, 1, 1).isocalendar().week, date(2021, 1, 3).isocalendar())
for bad in [lambda: date(2024, 2, 30), lambda: date(0, 1, 1), lambda: date(2024, 13, 1), lambda: date(2024, 1, 1.0),
            lambda: date.fromisoformat("2024-1-1"), lambda: date.max + timedelta(1), lambda: d < 3,
            lambda: date.fromordinal(0), lambda: date.fromisocalendar(2021, 53, 1)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# time
t = time(13, 5, 9, 120)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat(), t.isoformat("minutes"), t.isoformat("milliseconds"),
      t.strftime("%I:%M %p %H %f"), t.replace(hour=1), time.fromisoformat("04:23:01.000384"),
      time.fromisoformat("04:23"), time.fromisoformat("T042301"), time.min, time.max)
tz_t = time(12, 0, tzinfo=timezone(timedelta(hours=2)))
print(tz_t, repr(tz_t), tz_t.utcoffset(), tz_t.tzname(), tz_t.dst(), tz_t == time(10, 0, tzinfo=timezone.utc),
      time(1) < time(2), time.fromisoformat("12:00:00+05:30"))
try:
    time(24)
except ValueError as e:
    print("ValueError", e)
try:
    time(1) < time(1, tzinfo=timezone.utc)
except TypeError as e:
    print("TypeError", e)

# datetime
x = dt(2001, 2, 3, 4, 5, 6, 7000)
print(x, repr(x), repr(dt(2001, 2, 3)), repr(dt(2001, 2, 3, 4, 5, 6)), x.date(), x.time(), x.timetz(),
      x.isoformat(), x.isoformat(" ", "seconds"), x.ctime(), x.timetuple(), x.weekday())
print(x + timedelta(hours=20), x - timedelta(days=40), x - dt(2000, 1, 1), x.replace(microsecond=0),
      dt.combine(date(2020, 5, 6), time(7, 8)), dt.fromisoformat("2011-11-04T00:05:23.283+00:00"),
      dt.fromisoformat("2011-11-04 00:05:23"), dt.fromisoformat("2011-11-04"), dt.fromisoformat("20111104T000523"))
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f %Z%z|%c|%x|%X|%I%p"), f"{x:%H:%M}", "{:%Y}".format(x))
print(dt.strptime("2023-07-14 09:08:07", "%Y-%m-%d %H:%M:%S"), dt.strptime("14/Jul/23 9PM", "%d/%b/%y %I%p"),
      dt.strptime("2023-07-14T09:08:07.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"), dt.strptime("Friday March 3 2000", "%A %B %d %Y"))
for bad in [("2023-07-14", "%Y/%m/%d"), ("2023-07-14 extra", "%Y-%m-%d")]:
    try:
        dt.strptime(*bad)
    except ValueError as e:
        print("ValueError", e)
utc = dt(2020, 1, 1, 12, tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2), "EET")
print(utc, repr(utc), utc.astimezone(plus2), utc.astimezone(plus2).tzname(), utc.timestamp(), utc.utcoffset(),
      utc == dt(2020, 1, 1, 14, tzinfo=plus2), utc - dt(2020, 1, 1, 13, tzinfo=plus2), utc.utctimetuple())
print(dt.fromtimestamp(1e9, timezone.utc), dt.fromtimestamp(0, plus2), dt.utcfromtimestamp(86400.5),
      dt.fromtimestamp(1700000000.25, tz=timezone.utc).isoformat())
print(utc == dt(2020, 1, 1, 12), x == x.date(), x.date() == x, dt.min, dt.max, dt.resolution)
for bad in [lambda: utc < dt(2020, 1, 1), lambda: utc - dt(2020, 1, 1), lambda: x < x.date(),
            lambda: dt(2020, 1, 1, tzinfo=1), lambda: dt.max + timedelta(1)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# timezone
for tz in [timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(minutes=330), "IST"),
           timezone(timedelta(seconds=61)), timezone.min, timezone.max, datetime.UTC]:
    print(repr(tz), str(tz), tz.utcoffset(None), tz.tzname(None), tz.dst(None))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"))
for bad in [lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, d):
        return self.off

    def tzname(self, d):
        return self.name

    def dst(self, d):
        return timedelta(0)


f = dt(2020, 6, 1, 9, 30, tzinfo=Fixed(-4, "EDT"))
print(f, f.tzname(), f.utcoffset(), f.astimezone(timezone.utc), f.strftime("%Z %z"), f - utc)


class MyDate(date):
    pass


print(repr(MyDate(2020, 1, 2)), MyDate(2020, 1, 2) + timedelta(1), type(MyDate(2020, 1, 2) + timedelta(1)).__name__)
print(date.__name__, dt.__name__, timedelta.__name__, type(x).__name__, isinstance(x, date), issubclass(dt, date))
try:
    x.nonexistent
except AttributeError as e:
    print(e)
try:
    date.nonexistent
except AttributeError as e:
    print(e)
print(datetime.MINYEAR, datetime.MAXYEAR, type(dt.now()).__name__, type(date.today()).__name__,
      abs(dt.now() - dt.now()) < timedelta(seconds=5), dt.now(timezone.utc).tzinfo)
