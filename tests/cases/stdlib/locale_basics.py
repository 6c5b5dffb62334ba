# locale under the C.UTF-8 locale the tests run in: setlocale (query, set,
# refused), localeconv, the encodings, nl_langinfo, collation, and number
# formatting and parsing by the locale's conventions.
import locale

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_CTYPE, "C.UTF-8"), locale.setlocale(locale.LC_CTYPE))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY.NOPE")
except locale.Error as e:
    print("Error:", e, isinstance(e, Exception), type(e).__name__)
try:
    locale.setlocale(99)
except locale.Error as e:
    print("Error:", e)
conv = locale.localeconv()
print(sorted(conv.items()))
# ("utf-8" in UTF-8 mode, which the environment decides; "UTF-8" else)
print(locale.getpreferredencoding().lower(), locale.getpreferredencoding(False).upper(), locale.getencoding())
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY,
      locale.LC_MESSAGES, locale.CHAR_MAX)
for item in [locale.CODESET, locale.RADIXCHAR, locale.THOUSEP, locale.D_FMT, locale.T_FMT, locale.D_T_FMT,
             locale.DAY_1, locale.ABDAY_7, locale.MON_12, locale.ABMON_1, locale.YESEXPR, locale.AM_STR]:
    print(repr(locale.nl_langinfo(item)), end=" ")
print()
try:
    locale.nl_langinfo(12345)
except ValueError as e:
    print("ValueError:", e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("é", "é"), locale.strxfrm("héllo"))
print(sorted(["b", "A", "a", "é", "B"], key=locale.strxfrm), sorted(["pear", "Apple", "apple"], key=locale.strxfrm))
print(locale.format_string("%d|%10.2f|%s|%5d", (1234567, -1234.5, "x", 12), grouping=True))
print(locale.format_string("%.3f", 3.14159), locale.format_string("%(a)d-%(b)s", {"a": 5, "b": "q"}))
print(locale.format_string("%%d %d", 5), locale.format_string("%*d|", (6, 42)), locale.format_string("%s", 1.5))
print(locale.str(3.0), locale.str(1e20), locale.str(0.1 + 0.2), locale.delocalize("1234.5"), locale.localize("1234.5", True))
print(locale.atof("3.5"), locale.atoi("-12"), locale.atof("2", int))
for bad in [lambda: locale.atoi("1.5"), lambda: locale.currency(12.5), lambda: locale.format_string("%d %d", (1,))]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
