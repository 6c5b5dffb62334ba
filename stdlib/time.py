"""Time access and conversions (pyaot's own `time` module, written from the
documentation and from what CPython 3.11 does on Linux with glibc).

The clocks, `sleep` and the local time zone are the runtime's
(`_pyaot_time`, over the C library's `localtime_r`, `mktime` and
`tzset`). This half holds `struct_time`, the conversions between
seconds and time tuples (`gmtime` is computed here, exactly, for every
year glibc represents), `strftime`'s checks (the formatting, glibc's
C-locale directives, flags and widths, is the runtime's:
`stdlib/strftime.rs`), and `strptime`, which matches as CPython's
regular expressions do (alternatives in order, backtracking between
fields).

Argument errors keep CPython's texts: its functions are written in C, so
those here take `*args` and check the count themselves."""

from _pyaot_time import (time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time,
                         process_time_ns, sleep, _pyaot_localtime, _pyaot_mktime, _pyaot_strftime, _pyaot_tzset,
                         _pyaot_index)

__pyaot_refused__ = ["CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID",
                     "CLOCK_REALTIME", "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "clock_getres", "clock_gettime",
                     "clock_gettime_ns", "clock_settime", "clock_settime_ns", "get_clock_info",
                     "pthread_getcpuclockid", "thread_time", "thread_time_ns"]

_STRUCT_TM_ITEMS = 11

_DAY_ABBR = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_DAY_NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value sequence `gmtime`, `localtime` and `strptime` return:
    nine fields that index like a tuple, plus `tm_zone` and `tm_gmtoff`,
    which are attributes only."""
    __pyaot_tp_name__ = "time.struct_time"
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, sequence, dict=None):
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError("time.struct_time() takes a dict as second arg, if any")
        if len(items) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(items)}-sequence given)")
        if len(items) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(items)}-sequence given)")
        self = tuple.__new__(cls, items[:9])
        extra = list(items[9:])
        for name in ("tm_zone", "tm_gmtoff")[len(extra):]:
            extra.append(dict.get(name) if dict is not None else None)
        self._zone = extra[0]
        self._gmtoff = extra[1]
        return self

    tm_year = property(lambda self: self[0], doc="year, for example, 1993")
    tm_mon = property(lambda self: self[1], doc="month of year, range [1, 12]")
    tm_mday = property(lambda self: self[2], doc="day of month, range [1, 31]")
    tm_hour = property(lambda self: self[3], doc="hours, range [0, 23]")
    tm_min = property(lambda self: self[4], doc="minutes, range [0, 59]")
    tm_sec = property(lambda self: self[5], doc="seconds, range [0, 61])")
    tm_wday = property(lambda self: self[6], doc="day of week, range [0, 6], Monday is 0")
    tm_yday = property(lambda self: self[7], doc="day of year, range [1, 366]")
    tm_isdst = property(lambda self: self[8], doc="1 if summer time is in effect, 0 if not, and -1 if unknown")
    tm_zone = property(lambda self: self._zone, doc="abbreviation of timezone name")
    tm_gmtoff = property(lambda self: self._gmtoff, doc="offset from UTC in seconds")

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(_FIELDS, self))
        return f"time.struct_time({fields})"

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff}))


# --- seconds and time tuples -------------------------------------------------

_TIME_T_MAX = 2 ** 63


def _time_t(secs):
    """Seconds since the epoch as the C library's `time_t`, floored."""
    if secs is None:
        return int(time() // 1)
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if not -_TIME_T_MAX <= secs < _TIME_T_MAX:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)
    n = _pyaot_index(secs)
    if not -_TIME_T_MAX <= n < _TIME_T_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return n


def _one_optional(name, args, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError(f"{name}() takes at most 1 argument ({len(args)} given)")
    return args[0] if args else None


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    """Days from 0001-01-01 to January 1st of `year` (proleptic Gregorian)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]


def _ordinal(year, month, day):
    """The proleptic Gregorian ordinal of a date (0001-01-01 is 1)."""
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year)) + day


def _civil(days):
    """(year, month, day) of a count of days since 1970-01-01, any sign."""
    era_days = days + 719468
    era = era_days // 146097
    doe = era_days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (month <= 2)
    return year, month, day


def gmtime(*args, **kwargs):
    """The UTC time of a number of seconds since the epoch (now by default)."""
    t = _time_t(_one_optional("gmtime", args, kwargs))
    days, rem = divmod(t, 86400)
    year, month, day = _civil(days)
    if not -2 ** 31 <= year - 1900 < 2 ** 31:
        raise OSError(75, "Value too large for defined data type")
    yday = days - (_ordinal(year, 1, 1) - 719163) + 1
    return struct_time((year, month, day, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0,
                        "GMT", 0))


def _local(t):
    f = _pyaot_localtime(t)
    return struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[10], f[9]))


def localtime(*args, **kwargs):
    """The local time of a number of seconds since the epoch (now by default)."""
    return _local(_time_t(_one_optional("localtime", args, kwargs)))


def _c_int(v):
    n = _pyaot_index(v)
    if not -2 ** 63 <= n < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    if n >= 2 ** 31:
        raise OverflowError("signed integer is greater than maximum")
    if n < -2 ** 31:
        raise OverflowError("signed integer is less than minimum")
    return n


def _tm(t, name):
    """A time tuple as C's `struct tm` reads it: [year, month 0-11, day,
    hour, minute, second, weekday from Sunday, day of the year from 0,
    isdst, UTC offset, zone name or None]."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{name}(): illegal time tuple argument")
    f = [_c_int(v) for v in t]
    tm = [f[0], f[1] - 1, f[2], f[3], f[4], f[5], (f[6] + 1) % 7 if f[6] >= -1 else -((-(f[6] + 1)) % 7),
          f[7] - 1, f[8], 0, None]
    if isinstance(t, struct_time):
        if t.tm_zone is not None:
            tm[10] = t.tm_zone
        if t.tm_gmtoff is not None:
            tm[9] = _pyaot_index(t.tm_gmtoff)
    return tm


def _checked(tm):
    """The ranges `strftime` and `asctime` require, with CPython's
    zeros for an unknown month, day and day of the year."""
    if tm[1] == -1:
        tm[1] = 0
    elif not 0 <= tm[1] <= 11:
        raise ValueError("month out of range")
    if tm[2] == 0:
        tm[2] = 1
    elif not 0 <= tm[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= tm[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= tm[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= tm[5] <= 61:
        raise ValueError("seconds out of range")
    if tm[6] < 0:
        raise ValueError("day of week out of range")
    if tm[7] == -1:
        tm[7] = 0
    elif not 0 <= tm[7] <= 365:
        raise ValueError("day of year out of range")
    if tm[8] < -1:
        tm[8] = -1
    elif tm[8] > 1:
        tm[8] = 1
    return tm


def mktime(*args):
    """The seconds since the epoch of a local time tuple, as a float."""
    if len(args) != 1:
        raise TypeError(f"time.mktime() takes exactly one argument ({len(args)} given)")
    tm = _tm(args[0], "mktime")
    return float(_pyaot_mktime(tm[0], tm[1] + 1, tm[2], tm[3], tm[4], tm[5], tm[8]))


def _asctime(tm):
    return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAY_ABBR[tm[6]], _MONTH_ABBR[tm[1]], tm[2], tm[3], tm[4], tm[5], tm[0])


def asctime(*args):
    """A time tuple (the local time by default) as 'Sun Jun 20 23:21:05 1993'."""
    if len(args) > 1:
        raise TypeError(f"asctime expected at most 1 argument, got {len(args)}")
    t = args[0] if args else localtime()
    return _asctime(_checked(_tm(t, "asctime")))


def ctime(*args, **kwargs):
    """A number of seconds since the epoch (now by default) as local time,
    in `asctime`'s form."""
    return asctime(_local(_time_t(_one_optional("ctime", args, kwargs))))


# --- strftime ------------------------------------------------------------------

def strftime(*args):
    """A time tuple (the local time by default) formatted by the directives
    of `format`, as the C library's `strftime` in the C locale."""
    if len(args) < 1:
        raise TypeError(f"strftime() takes at least 1 argument ({len(args)} given)")
    if len(args) > 2:
        raise TypeError(f"strftime() takes at most 2 arguments ({len(args)} given)")
    fmt = args[0]
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    tm = _checked(_tm(args[1] if len(args) == 2 else localtime(), "strftime"))
    if "\0" in fmt:
        raise ValueError("embedded null character")
    return _pyaot_strftime(fmt, tuple(tm[:10]), tm[10], tzname[0], tzname[1])


# --- strptime ------------------------------------------------------------------

_DIGITS = "0123456789"
_NONZERO = "123456789"

# Each numeric directive as CPython's `_strptime` matches it: alternatives
# tried in order, each a sequence of character sets.
_NUMERIC = {
    "d": (("3", "01"), ("12", _DIGITS), ("0", _NONZERO), (_NONZERO,), (" ", _NONZERO)),
    "H": (("2", "0123"), ("01", _DIGITS), (_DIGITS,)),
    "I": (("1", "012"), ("0", _NONZERO), (_NONZERO,)),
    "G": ((_DIGITS,) * 4,),
    "j": (("3", "6", "0123456"), ("3", "012345", _DIGITS), ("12", _DIGITS, _DIGITS), ("0", _NONZERO, _DIGITS),
          ("0", "0", _NONZERO), (_NONZERO, _DIGITS), ("0", _NONZERO), (_NONZERO,)),
    "m": (("1", "012"), ("0", _NONZERO), (_NONZERO,)),
    "M": (("012345", _DIGITS), (_DIGITS,)),
    "S": (("6", "01"), ("012345", _DIGITS), (_DIGITS,)),
    "U": (("5", "0123"), ("01234", _DIGITS), (_DIGITS,)),
    "W": (("5", "0123"), ("01234", _DIGITS), (_DIGITS,)),
    "V": (("5", "0123"), ("0", _NONZERO), ("1234", _DIGITS), (_DIGITS,)),
    "w": (("0123456",),),
    "u": (("1234567",),),
    "y": ((_DIGITS, _DIGITS),),
    "Y": ((_DIGITS,) * 4,),
    "f": tuple((_DIGITS,) * k for k in range(6, 0, -1)),
}

_AM_PM = ("am", "pm")
_NAMES = {
    "a": tuple(name.lower() for name in _DAY_ABBR[1:] + _DAY_ABBR[:1]),
    "A": tuple(name.lower() for name in _DAY_NAMES[1:] + _DAY_NAMES[:1]),
    "b": tuple(name.lower() for name in _MONTH_ABBR),
    "B": tuple(name.lower() for name in _MONTH_NAMES),
    "p": _AM_PM,
}
# The C locale's %c, %x and %X as `_strptime` reads them.
_STRPTIME_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_REGEX_SPECIAL = "\\.^$*+?(){}[]|"


def _strptime_items(format, items):
    """The format as a list of items: ("ws",), ("lit", char) or
    ("dir", letter); ValueError as CPython's for a bad directive."""
    i, n = 0, len(format)
    while i < n:
        c = format[i]
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            items.append(("ws",))
            continue
        i += 1
        if c != "%":
            items.append(("lit", c))
            continue
        if i >= n:
            raise ValueError("stray %% in format '%s'" % format)
        d = format[i]
        i += 1
        if d in _STRPTIME_COMPOSITE:
            _strptime_items(_STRPTIME_COMPOSITE[d], items)
        elif d in _NUMERIC or d in _NAMES or d in "zZ%":
            items.append(("dir", d))
        else:
            bad = "%" if d.isspace() or d in _REGEX_SPECIAL else d
            raise ValueError("'%s' is a bad directive in format '%s'" % (bad, format))
    return items


def _zone_names():
    """The zone names %Z accepts, longest first: (name, isdst) pairs."""
    names = {"utc": 0, "gmt": 0, tzname[0].lower(): 0}
    names.setdefault(tzname[1].lower(), 1)
    return sorted(names.items(), key=lambda p: -len(p[0]))


def _offset_ends(s, j):
    """The ends, in the order CPython's pattern tries them, of a `%z`
    match at `j`."""
    ends = []
    if s[j:j + 1] == "Z":
        return [j + 1]
    if s[j:j + 1] not in ("+", "-") or not s[j + 1:j + 3].isdigit() or not s[j + 1:j + 3].isascii():
        return ends

    def mm(k):
        return k + 2 <= len(s) and s[k] in "012345" and s[k + 1] in _DIGITS

    k0 = j + 3
    for k in ([k0 + 1, k0] if s[k0:k0 + 1] == ":" else [k0]):
        if not mm(k):
            continue
        after = k + 2
        for k2 in ([after + 1, after] if s[after:after + 1] == ":" else [after]):
            if mm(k2):
                end = k2 + 2
                if s[end:end + 1] == ".":
                    digits = 0
                    while digits < 6 and end + 1 + digits < len(s) and s[end + 1 + digits] in _DIGITS:
                        digits += 1
                    for m in range(digits, 0, -1):
                        ends.append(end + 1 + m)
                ends.append(end)
        ends.append(after)
    return ends


def _match(items, k, s, j, found):
    """Matches items[k:] at s[j:], as a regular expression would (the
    first alternative that lets the rest match); the end, or -1."""
    if k == len(items):
        return j
    item = items[k]
    kind = item[0]
    if kind == "ws":
        e = j
        while e < len(s) and s[e].isspace():
            e += 1
        while e > j:
            end = _match(items, k + 1, s, e, found)
            if end >= 0:
                return end
            e -= 1
        return -1
    if kind == "lit":
        if j < len(s) and (s[j] == item[1] or s[j].lower() == item[1].lower()):
            return _match(items, k + 1, s, j + 1, found)
        return -1
    d = item[1]
    ends = []
    if d in _NUMERIC:
        for alt in _NUMERIC[d]:
            if j + len(alt) <= len(s) and all(s[j + x] in alt[x] for x in range(len(alt))):
                ends.append(j + len(alt))
    elif d in _NAMES or d == "Z":
        names = [p[0] for p in _zone_names()] if d == "Z" else sorted(_NAMES[d], key=lambda w: -len(w))
        for name in names:
            if s[j:j + len(name)].lower() == name:
                ends.append(j + len(name))
    elif d == "z":
        ends = _offset_ends(s, j)
    elif j < len(s) and s[j] == "%":
        ends.append(j + 1)
    for e in ends:
        found[d] = s[j:e]
        end = _match(items, k + 1, s, e, found)
        if end >= 0:
            return end
        del found[d]
    return -1


def _julian_from_week(year, week, weekday, starts_monday):
    first = _weekday(year, 1, 1)
    if not starts_monday:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _check_date(year, month, day):
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _weekday(year, month, day):
    """Monday is 0."""
    return (_ordinal(year, month, day) + 6) % 7


def _from_ordinal(n):
    if n < 1:
        raise ValueError("ordinal must be >= 1")
    year, month, day = _civil(n - 719163)
    if year > 9999:
        raise ValueError(f"year {year} is out of range")
    return year, month, day


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parses `data_string` by `format`: ((year, month, day, hour, minute,
    second, weekday, day of the year, isdst, zone name, UTC offset),
    microseconds, microseconds of the UTC offset), as CPython's `_strptime`."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {index} must be str, not {type(arg)}")
    items = _strptime_items(format, [])
    seen = set()
    for item in items:
        if item[0] == "dir" and item[1] != "%":
            if item[1] in seen:
                raise NotImplementedError(f"strptime() with the directive '%{item[1]}' twice (CPython raises "
                                          "re.error) is not supported by pyaot")
            seen.add(item[1])
    found = {}
    end = _match(items, 0, data_string, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_year = iso_week = week = weekday = julian = None
    week_starts_monday = False
    for item in items:
        if item[0] != "dir" or item[1] == "%":
            continue
        d = item[1]
        text = found[d]
        if d == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif d == "Y":
            year = int(text)
        elif d == "G":
            iso_year = int(text)
        elif d == "m":
            month = int(text)
        elif d == "B" or d == "b":
            month = _NAMES[d].index(text.lower()) + 1
        elif d == "d":
            day = int(text)
        elif d == "H":
            hour = int(text)
        elif d == "I":
            hour = int(text)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour += 12
        elif d == "M":
            minute = int(text)
        elif d == "S":
            second = int(text)
        elif d == "f":
            fraction = int(text + "0" * (6 - len(text)))
        elif d == "A" or d == "a":
            weekday = _NAMES[d].index(text.lower())
        elif d == "w":
            weekday = int(text)
            weekday = 6 if weekday == 0 else weekday - 1
        elif d == "u":
            weekday = int(text) - 1
        elif d == "j":
            julian = int(text)
        elif d == "U" or d == "W":
            week = int(text)
            week_starts_monday = d == "W"
        elif d == "V":
            iso_week = int(text)
        elif d == "z":
            if text == "Z":
                gmtoff = 0
            else:
                z = text
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError(f"Inconsistent use of : in {text}")
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                gmtoff_fraction = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif d == "Z":
            name = text.lower()
            for zone, dst in _zone_names():
                if zone == name:
                    if not (tzname[0] == tzname[1] and daylight and name not in ("utc", "gmt")):
                        isdst = dst
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a "
                             "weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO "
                         "year '%G' instead.")
    leap_year_fix = year is None and month == 2 and day == 29
    if leap_year_fix:
        year = 1904
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_starts_monday)
        elif iso_year is not None and iso_week is not None:
            ordinal = iso_week * 7 + weekday + 1 - (_weekday(iso_year, 1, 4) + 4)
            if ordinal < 1:
                ordinal += _ordinal(iso_year, 1, 1)
                iso_year -= 1
                ordinal -= _ordinal(iso_year, 1, 1)
            year, julian = iso_year, ordinal
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        _check_date(year, month, day)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        _check_date(year, 1, 1)
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, isdst, found.get("Z"), gmtoff), fraction,
            gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    return struct_time(_strptime(data_string, format)[0])


def strptime(*args, **kwargs):
    """Parses a string by a format into a `struct_time`."""
    if kwargs:
        raise TypeError("strptime() takes no keyword arguments")
    return _strptime_time(*args)


# --- the local time zone -------------------------------------------------------

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")


def tzset():
    """Re-reads the TZ environment variable: the conversions and
    `timezone`, `altzone`, `daylight` and `tzname` follow it."""
    global timezone, altzone, daylight, tzname
    _pyaot_tzset()
    year = (365 * 24 + 6) * 3600
    t = int(time()) // year * year
    jan = _pyaot_localtime(t)
    jul = _pyaot_localtime(t + year // 2)
    jan_zone = -jan[9]
    jul_zone = -jul[9]
    if jan_zone < jul_zone:
        # Summer time in the southern hemisphere.
        timezone, altzone, tzname = jul_zone, jan_zone, (jul[10], jan[10])
    else:
        timezone, altzone, tzname = jan_zone, jul_zone, (jan[10], jul[10])
    daylight = int(jan_zone != jul_zone)


tzset()
