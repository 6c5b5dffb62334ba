"""Locale services (pyaot's own `locale`, written from the documentation):
`setlocale` and `localeconv` over the C library (`_pyaot_locale`), the
encodings, collation (`strcoll`, `strxfrm`), `nl_langinfo`, and number
formatting and parsing by the current locale's conventions
(`format_string`, `str`, `atof`, `atoi`, `localize`, `delocalize`,
`currency`).

Not provided (refused at compile time): the locale-name normalization of
CPython's alias table (`normalize`, `getlocale`, `getdefaultlocale`,
`locale_alias`, ...) and message catalogs (`gettext`, ...)."""

import re as _re

from _pyaot_locale import _pyaot_setlocale, _pyaot_localeconv, _pyaot_utf8_mode, strcoll, strxfrm
from _pyaot_locale import nl_langinfo as _nl_langinfo

__all__ = ["getpreferredencoding", "getencoding", "Error", "setlocale", "localeconv", "strcoll", "strxfrm", "str",
           "atof", "atoi", "format_string", "currency", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "localize", "delocalize", "nl_langinfo", "LC_MESSAGES"]

__pyaot_refused__ = ["normalize", "getlocale", "getdefaultlocale", "resetlocale", "locale_alias",
                     "locale_encoding_alias", "windows_locale", "gettext", "dgettext", "dcgettext", "textdomain",
                     "bindtextdomain", "bind_textdomain_codeset"]

# The categories and nl_langinfo items, as glibc numbers them.
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127
CODESET, RADIXCHAR, THOUSEP, YESEXPR, NOEXPR, CRNCYSTR = 14, 65536, 65537, 327680, 327681, 262159
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11,
 ABMON_12) = range(131086, 131098)
MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12 = range(131098, 131110)
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, ERA = range(131110, 131117)
ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = 131118, 131119, 131120, 131121
_LANGINFO = frozenset([CODESET, RADIXCHAR, THOUSEP, YESEXPR, NOEXPR, CRNCYSTR, ERA, ERA_D_FMT, ALT_DIGITS,
                       ERA_D_T_FMT, ERA_T_FMT] + list(range(131072, 131116)))

_builtin_str = str


class Error(Exception):
    """A locale the C library refuses, or a query it cannot answer."""
    __pyaot_tp_name__ = "locale.Error"


def setlocale(category, locale=None):
    """Sets the locale of `category` (a name, or "" for the environment's)
    and returns it; with no locale, returns the current one."""
    if locale is not None and not isinstance(locale, _builtin_str):
        raise NotImplementedError("setlocale() with a (language, encoding) pair is not supported by pyaot")
    name = _pyaot_setlocale(category, locale)
    if name is None:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    return name


def localeconv():
    """The current locale's conventions for numbers and money."""
    return _pyaot_localeconv()


def nl_langinfo(item):
    """One piece of the current locale's information (`CODESET`,
    `RADIXCHAR`, `D_FMT`, month and day names, ...)."""
    if item not in _LANGINFO:
        raise ValueError("unsupported langinfo constant")
    return _nl_langinfo(item)


def getencoding():
    """The encoding of the current LC_CTYPE."""
    return nl_langinfo(CODESET) or "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use: "utf-8" in UTF-8 mode (the C or POSIX
    locale, or PYTHONUTF8=1), else the locale's."""
    if _pyaot_utf8_mode():
        return "utf-8"
    return getencoding()


# -- numbers by the locale's conventions ---------------------------------------

def _intervals(grouping):
    """The sizes of the digit groups from the right, as a `grouping` list
    gives them: CHAR_MAX ends grouping, 0 repeats the last size."""
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if last is None:
                raise ValueError("invalid grouping")
            while True:
                yield last
        yield size
        last = size


def _group(text, monetary):
    """`text` (digits, maybe padded with spaces) with the locale's
    thousands separator between its digit groups, and the number of
    characters that added."""
    conv = localeconv()
    sep = conv["mon_thousands_sep" if monetary else "thousands_sep"]
    grouping = conv["mon_grouping" if monetary else "grouping"]
    if not grouping:
        return text, 0
    body = text.rstrip(" ") if text.endswith(" ") else text
    trailing = text[len(body):]
    leading = ""
    groups = []
    for size in _intervals(grouping):
        if not body or body[-1] not in "0123456789":
            leading, body = body, ""
            break
        groups.insert(0, body[-size:])
        body = body[:-size]
    if body:
        groups.insert(0, body)
    return leading + sep.join(groups) + trailing, len(sep) * (len(groups) - 1)


def _trim(text, amount):
    """`text` with up to `amount` padding spaces taken off, from the left
    first (what grouping added, so the width stays)."""
    start = 0
    while amount and text[start] == " ":
        start += 1
        amount -= 1
    end = len(text)
    while amount and text[end - 1] == " ":
        end -= 1
        amount -= 1
    return text[start:end]


def _localize(text, grouping=False, monetary=False):
    whole, dot, frac = text.partition(".")
    added = 0
    if grouping:
        whole, added = _group(whole, monetary)
    if dot:
        whole += localeconv()["mon_decimal_point" if monetary else "decimal_point"] + frac
    return _trim(whole, added) if added else whole


_percent_re = _re.compile(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]")


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in "eEfFgGdiu":
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """`f % val`, each number formatted by the locale's conventions
    (grouped by its thousands separator if `grouping`)."""
    percents = list(_percent_re.finditer(f))
    new_f = _percent_re.sub("%s", f)
    if isinstance(val, dict) or hasattr(val, "keys") and hasattr(val, "__getitem__"):
        new_val = []
        for perc in percents:
            if perc.group()[-1] == "%":
                new_val.append("%")
            else:
                new_val.append(_format(perc.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        new_val = []
        i = 0
        for perc in percents:
            if perc.group()[-1] == "%":
                new_val.append("%")
            else:
                starcount = perc.group("modifiers").count("*")
                new_val.append(_format(perc.group(), val[i], grouping, monetary, *val[i + 1:i + 1 + starcount]))
                i += 1 + starcount
    val = tuple(new_val)
    return new_f % val


def currency(val, symbol=True, grouping=False, international=False):
    """`val` as money by the locale's conventions."""
    conv = localeconv()
    digits = conv[international and "int_frac_digits" or "frac_digits"]
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = _localize(f"{abs(val):.{digits}f}", grouping, monetary=True)
    s = "<" + s + ">"
    if symbol:
        smb = conv[international and "int_curr_symbol" or "currency_symbol"]
        precedes = conv[val < 0 and "n_cs_precedes" or "p_cs_precedes"]
        separated = conv[val < 0 and "n_sep_by_space" or "p_sep_by_space"]
        if precedes:
            s = smb + (separated and " " or "") + s
        else:
            if international and smb[-1] == " ":
                smb = smb[:-1]
            s = s + (separated and " " or "") + smb
    sign_pos = conv[val < 0 and "n_sign_posn" or "p_sign_posn"]
    sign = conv[val < 0 and "negative_sign" or "positive_sign"]
    if sign_pos == 0:
        s = "(" + s + ")"
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace("<", sign)
    elif sign_pos == 4:
        s = s.replace(">", sign)
    else:
        s = sign + s
    return s.replace("<", "").replace(">", "")


def str(val):
    """`val` as `%.12g` would write it, by the locale's conventions."""
    return _format("%.12g", val)


def delocalize(string):
    """A number written by the locale's conventions, as Python writes it."""
    conv = localeconv()
    ts = conv["thousands_sep"]
    if ts:
        string = string.replace(ts, "")
    dd = conv["decimal_point"]
    if dd:
        string = string.replace(dd, ".")
    return string


def localize(string, grouping=False, monetary=False):
    """A number written as Python writes it, by the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """A float (or `func`'s result) from a string written by the locale's
    conventions."""
    return func(delocalize(string))


def atoi(string):
    """An int from a string written by the locale's conventions."""
    return int(delocalize(string))
