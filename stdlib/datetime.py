"""Dates and times (pyaot's own `datetime`, written from the
documentation): `timedelta`, `date`, `time`, `datetime`, `tzinfo` and
`timezone`, in the proleptic Gregorian calendar, with CPython's reprs,
formats and errors. The local time zone and the clock are the Rust
half's (`_pyaot_datetime`)."""

from _pyaot_datetime import _pyaot_now
from _pyaot_time import _pyaot_localtime, _pyaot_mktime
import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

__pyaot_refused__ = ["datetime_CAPI", "sys"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MAXORDINAL = 3652059


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    return (_days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day)


def _ord2ymd(n):
    """(year, month, day) of the proleptic Gregorian ordinal `n` (1 is 1-1-1)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError(f"'float' object cannot be interpreted as an integer")
    if hasattr(type(v), "__index__"):
        return v.__index__()
    raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")


def _arg_type_name(v):
    """How CPython's argument checks name a wrong argument's type."""
    return "None" if v is None else type(v).__name__


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")


def _format_offset(off, sep=":"):
    """`+HH:MM[:SS[.ffffff]]` of a UTC offset, '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _strftime(fmt, year, month, day, hh, mm, ss, us, tz_obj, date_obj):
    """`strftime` as CPython's datetime does it: %z, %Z and %f are the
    object's own, the rest is `time.strftime` of its time tuple (a date's
    time fields zero, a time's date 1900-01-01; a datetime's isdst from
    its `dst()`)."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == "z":
            out.append(_format_offset(tz_obj.utcoffset(date_obj), "") if tz_obj is not None else "")
        elif c == "Z":
            name = tz_obj.tzname(date_obj) if tz_obj is not None else None
            out.append(name.replace("%", "%%") if name is not None else "")
        elif c == "f":
            out.append("%06d" % us)
        else:
            out.append("%" + c)
    isdst = -1
    if date_obj is not None and tz_obj is not None:
        dst = date_obj.dst()
        if dst is not None:
            isdst = 1 if dst else 0
    yday = _ymd2ord(year, month, day) - _ymd2ord(year, 1, 1) + 1
    wday = (_ymd2ord(year, month, day) + 6) % 7
    return _time.strftime("".join(out), (year, month, day, hh, mm, ss, wday, yday, isdst))


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday

    today = _ymd2ord(year, month, day)
    y = year
    start = week1_monday(y)
    if today < start:
        y -= 1
        start = week1_monday(y)
    elif today >= week1_monday(y + 1):
        y += 1
        start = week1_monday(y)
    week, d = divmod(today - start, 7)
    return y, week + 1, d + 1


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999),
    each argument converted and added exactly."""

    __pyaot_tp_name__ = "datetime.timedelta"

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        frac = 0.0
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1), (milliseconds, 1000),
                             (minutes, 60000000), (hours, 3600000000), (weeks, 604800000000)):
            if isinstance(value, int):
                total += int(value) * scale
            elif isinstance(value, float):
                whole = int(value)
                total += whole * scale
                frac += (value - whole) * scale
            else:
                raise TypeError(f"unsupported type for timedelta {_ARGNAME[scale]} component: "
                                f"{type(value).__name__}")
        if frac:
            # Half to even on the whole value, not on the fraction alone.
            floor = int(frac // 1)
            rest = frac - floor
            total += floor + (rest > 0.5 or rest == 0.5 and (total + floor) % 2 == 1)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        self = object.__new__(cls)
        days, rest = divmod(total, 86400000000)
        seconds, us = divmod(rest, 1000000)
        if abs(days) > 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        """The duration in seconds, as a float."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_divide_and_round(self._us(), other))
        if isinstance(other, float):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if other._us() == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


def _state(b):
    """The bytes of a pickled date, time or datetime (a str in pickles
    Python 2 wrote)."""
    return b.encode("latin-1") if isinstance(b, str) else b


_ARGNAME = {86400000000: "days", 1000000: "seconds", 1: "microseconds", 1000: "milliseconds", 60000000: "minutes",
            3600000000: "hours", 604800000000: "weeks"}


def _divide_and_round(a, b):
    """a / b rounded half to even."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _type_name(obj):
    """The name reprs give a type: `datetime.date` for this module's own,
    the bare name for a subclass (CPython's `tp_name`)."""
    t = type(obj)
    if t.__module__ == __name__:
        return "datetime." + t.__name__
    return t.__name__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A date in the proleptic Gregorian calendar: year, month, day."""

    __pyaot_tp_name__ = "datetime.date"

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4 and 1 <= _state(year)[2] <= 12:
            # The pickled form: (year high byte, year low byte, month, day).
            b = _state(year)
            year, month, day = b[0] * 256 + b[1], b[2], b[3]
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        secs, _ = _pyaot_now()
        return cls.fromtimestamp(secs)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _pyaot_localtime(_timestamp_seconds(t))[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError(f"ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            y, m, d = _parse_isoformat_date(date_string)
            return cls(y, m, d)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd + (7 if wd > 3 else 0)
        return cls(*_ord2ymd(monday + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                             self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmp_key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (bytes((self._year >> 8, self._year & 255, self._month, self._day)),)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _item(i):
    """A getter of item `i` of a tuple, for a field's property."""
    return lambda self: self[i]


_STRUCT_TIME_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                       "tm_isdst")


class _struct_time(tuple):
    """`timetuple()`'s result, as `time.struct_time` shows it."""

    __pyaot_tp_name__ = "time.struct_time"

    def __repr__(self):
        body = ", ".join(f"{name}={value!r}" for name, value in zip(_STRUCT_TIME_FIELDS, self))
        return f"time.struct_time({body})"

    tm_year = property(_item(0))
    tm_mon = property(_item(1))
    tm_mday = property(_item(2))
    tm_hour = property(_item(3))
    tm_min = property(_item(4))
    tm_sec = property(_item(5))
    tm_wday = property(_item(6))
    tm_yday = property(_item(7))
    tm_isdst = property(_item(8))


class IsoCalendarDate(tuple):
    """`date.isocalendar()`'s result: (year, week, weekday), by name too."""

    __pyaot_tp_name__ = "datetime.IsoCalendarDate"

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(_item(0))
    week = property(_item(1))
    weekday = property(_item(2))

    def __repr__(self):
        return f"{_type_name(self)}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return tuple, (tuple(self),)


def _timestamp_seconds(t):
    if isinstance(t, float):
        return int(t // 1)
    return _index(t)


def _parse_isoformat_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]
    if len(s) not in (7, 8, 10):
        raise ValueError("bad length")
    year = int(s[0:4])
    if not s[0:4].isdigit():
        raise ValueError("bad year")
    has_sep = len(s) > 4 and s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos] == "W":
        pos += 1
        week = int(s[pos:pos + 2])
        pos += 2
        day = 1
        if len(s) > pos:
            if has_sep:
                if s[pos] != "-":
                    raise ValueError("bad separator")
                pos += 1
            day = int(s[pos:pos + 1])
            pos += 1
        if pos != len(s):
            raise ValueError("trailing text")
        d = date.fromisocalendar(year, week, day)
        return d.year, d.month, d.day
    part = s[pos:pos + 2]
    if not part.isdigit():
        raise ValueError("bad month")
    month = int(part)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != "-":
            raise ValueError("bad separator")
        pos += 1
    part = s[pos:pos + 2]
    if len(part) != 2 or not part.isdigit():
        raise ValueError("bad day")
    day = int(part)
    pos += 2
    if pos != len(s):
        raise ValueError("trailing text")
    return year, month, day


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo) of an ISO 8601 time."""
    tz_pos = -1
    for i, c in enumerate(s):
        if c in "+-Z":
            tz_pos = i
            break
    time_part = s if tz_pos < 0 else s[:tz_pos]
    tzi = None
    if tz_pos >= 0:
        tz_str = s[tz_pos:]
        if tz_str == "Z":
            tzi = timezone.utc
        else:
            sign = -1 if tz_str[0] == "-" else 1
            hh, mm, ss, us = _parse_hh_mm_ss_ff(tz_str[1:])
            td = sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            tzi = timezone.utc if not td else timezone(td)
    hh, mm, ss, us = _parse_hh_mm_ss_ff(time_part)
    return hh, mm, ss, us, tzi


def _parse_hh_mm_ss_ff(s):
    comps = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = None
    for comp in range(3):
        part = s[pos:pos + 2]
        if len(part) != 2 or not part.isdigit():
            raise ValueError("bad time component")
        comps[comp] = int(part)
        pos += 2
        if pos >= n or comp >= 2:
            break
        nxt = s[pos]
        if has_sep is None:
            has_sep = nxt == ":"
        if has_sep:
            if nxt != ":":
                break
            pos += 1
    if pos < n:
        if s[pos] not in ".,":
            raise ValueError("bad fraction separator")
        pos += 1
        frac = s[pos:]
        if not frac or not frac.isdigit():
            raise ValueError("bad fraction")
        digits = frac[:6]
        comps[3] = int(digits) * 10 ** (6 - len(digits))
    return comps[0], comps[1], comps[2], comps[3]


class tzinfo:
    """The abstract base of time zones: subclasses give `utcoffset`,
    `dst` and `tzname`."""

    __pyaot_tp_name__ = "datetime.tzinfo"

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class _TimeOfDay:
    """What `time` and `datetime` share: the fields of a time of day and
    the questions put to its time zone (which a `time` asks about None, a
    `datetime` about itself)."""

    __slots__ = ()

    def _set_time(self, hour, minute, second, microsecond, tzinfo, fold):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self._zone_arg())
        _check_offset("utcoffset", off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self._zone_arg())
        _check_offset("dst", off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self._zone_arg())


class time(_TimeOfDay):
    """A time of day: hour, minute, second, microsecond, an optional time
    zone and `fold`."""

    __pyaot_tp_name__ = "datetime.time"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and _state(hour)[0] & 0x7f < 24:
            # The pickled form, its tzinfo second.
            b = _state(hour)
            tzinfo = minute if minute != 0 else None
            hour, minute, second = b[0] & 0x7f, b[1], b[2]
            microsecond, fold = (b[3] << 16) | (b[4] << 8) | b[5], b[0] >> 7
        self = object.__new__(cls)
        self._set_time(hour, minute, second, microsecond, tzinfo, fold)
        return self

    def _zone_arg(self):
        return None

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            hh, mm, ss, us, tzi = _parse_isoformat_time(s)
            return cls(hh, mm, ss, us, tzi)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _cmp(self, other):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date, _TimeOfDay):
    """A date and a time of day, with an optional time zone."""

    __pyaot_tp_name__ = "datetime.datetime"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= _state(year)[2] & 0x7f <= 12:
            # The pickled form, its tzinfo second.
            b = _state(year)
            tzinfo = month
            year, month, day, hour, minute, second = b[0] * 256 + b[1], b[2] & 0x7f, b[3], b[4], b[5], b[6]
            microsecond, fold = (b[7] << 16) | (b[8] << 8) | b[9], b[2] >> 7
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._set_time(hour, minute, second, microsecond, tzinfo, fold)
        return self

    def _zone_arg(self):
        return self

    @classmethod
    def _from_timestamp(cls, secs, us, utc, tz):
        if utc:
            y, m, d, hh, mm, ss = _utc_fields(secs)
        else:
            y, m, d, hh, mm, ss = _pyaot_localtime(secs)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        secs, us = _split_timestamp(t)
        return cls._from_timestamp(secs, us, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        secs, us = _split_timestamp(t)
        return cls._from_timestamp(secs, us, True, None)

    @classmethod
    def now(cls, tz=None):
        secs, us = _pyaot_now()
        _check_tzinfo(tz)
        return cls._from_timestamp(secs, us, tz is not None, tz)

    @classmethod
    def utcnow(cls):
        secs, us = _pyaot_now()
        return cls._from_timestamp(secs, us, True, None)

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not " + type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not " + type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            sep = _find_isoformat_datetime_separator(date_string)
            y, m, d = _parse_isoformat_date(date_string[:sep])
            if sep < len(date_string):
                hh, mm, ss, us, tzi = _parse_isoformat_time(date_string[sep + 1:])
            else:
                hh, mm, ss, us, tzi = 0, 0, 0, 0, None
            if hh == 24 and mm == 0 and ss == 0 and us == 0:
                return cls(y, m, d, 0, 0, 0, 0, tzi) + timedelta(days=1)
            return cls(y, m, d, hh, mm, ss, us, tzi)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime_datetime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, flag))

    def _local_timestamp(self):
        return _pyaot_mktime(self._year, self._month, self._day, self._hour, self._minute, self._second, -1)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self.weekday(), self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, 0))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        ts = self._local_timestamp() if self._tzinfo is None else (self - _EPOCH) // timedelta(seconds=1)
        fields = _pyaot_localtime(ts)
        return timezone(timedelta(seconds=fields[9]), fields[10])

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second,
                 other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if isinstance(other, date):
            raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if isinstance(other, date):
            raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if isinstance(other, date):
            raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if isinstance(other, date):
            raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
        return NotImplemented

    def _us_since_ordinal_zero(self):
        days = self.toordinal()
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_since_ordinal_zero() + other._us()
        days, rest = divmod(total, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rest, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return type(self)._combine_fields(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    @classmethod
    def _combine_fields(cls, y, m, d, hh, mm, ss, us, tz):
        return cls(y, m, d, hh, mm, ss, us, tz)

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(self._us_since_ordinal_zero() - other._us_since_ordinal_zero())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
            else:
                days = _ymd2ord(self._year, self._month, self._day)
                seconds = self._hour * 3600 + self._minute * 60 + self._second
                self._hashcode = hash(timedelta(days, seconds, self._microsecond) - tzoff)
        return self._hashcode

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year >> 8, self._year & 255, month, self._day, self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return type(self), (state,)
        return type(self), (state, self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _split_timestamp(t):
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value NaN (not a number)" if t != t else "cannot convert float infinity to integer")
        frac, whole = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return int(whole), us
    return _index(t), 0


def _modf(t):
    whole = float(int(t))
    return t - whole, whole


def _utc_fields(secs):
    days, rem = divmod(secs, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


_EPOCH_ORDINAL = 719163


def _find_isoformat_datetime_separator(s):
    n = len(s)
    if n >= 8 and s[4] == "-" and s[7] == "-":
        return 10 if n > 10 else n
    if n >= 8 and s[4] == "W" or n >= 9 and s[4] == "-" and s[5] == "W":
        pos = 8 if s[4] == "W" else 9
        if n > pos and s[pos].isdigit():
            pos += 1
        return pos
    return 8


_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __pyaot_tp_name__ = "datetime.timezone"

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {_arg_type_name(offset)}")
        if name is _NO_NAME:
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {_arg_type_name(name)}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        if name is None and not offset and _UTC is not None:
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__()


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


def _strptime_datetime(cls, data_string, format):
    """`datetime.strptime`: `time`'s parser, and a `timezone` from %z
    (named by %Z when both are given)."""
    if not isinstance(data_string, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(data_string).__name__}")
    if not isinstance(format, str):
        raise TypeError(f"strptime() argument 2 must be str, not {type(format).__name__}")
    fields, fraction, gmtoff_fraction = _time._strptime(data_string, format)
    zone, gmtoff = fields[9], fields[10]
    if gmtoff is None:
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fraction)
    delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    tz = timezone(delta, zone) if zone else timezone(delta)
    return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fraction, tz)
