"""CSV files (pyaot's own `csv`, written from the documentation):
`reader` and `writer` over dialects, `DictReader` and `DictWriter`, with
CPython's parsing (quotes, escapes, line endings inside quoted fields),
quoting rules and errors; `Sniffer`, whose guesses are CPython's (its
patterns for quoted fields are matched here by hand, as pyaot has no
`re` yet)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter", "unix_dialect", "Sniffer",
           "__version__"]

__pyaot_refused__ = ["re", "StringIO"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024


class Error(Exception):
    __module__ = "_csv"


def field_size_limit(*args):
    """The largest field the parser accepts; with an argument, sets it and
    returns the old limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError(f"field_size_limit expected at most 1 argument, got {len(args)}")
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class Dialect:
    """A set of formatting parameters: subclass it (or pass keyword
    arguments to `reader` and `writer`) to describe a CSV format."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        try:
            _Checked(self)
        except TypeError as e:
            raise Error(str(e)) from None


class _Checked:
    """A dialect's parameters, resolved (a base dialect, then keyword
    overrides) and checked as CPython's `_csv.Dialect` checks them."""

    def __init__(self, base=None, **kw):
        if isinstance(base, str):
            base = get_dialect(base)

        def pick(name, default):
            if name in kw:
                return kw[name]
            if base is not None and hasattr(base, name):
                return getattr(base, name)
            return default

        for k in kw:
            if k not in ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
                         "lineterminator", "quoting", "strict"):
                raise TypeError(f"'{k}' is an invalid keyword argument for this function")
        # CPython's order of checks.
        self.delimiter = self._char("delimiter", pick("delimiter", ","), False)
        self.doublequote = bool(pick("doublequote", True))
        self.escapechar = self._char("escapechar", pick("escapechar", None), True)
        lineterminator = pick("lineterminator", "\r\n")
        if lineterminator is not None and not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = lineterminator
        quotechar = pick("quotechar", '"')
        self.quotechar = self._char("quotechar", quotechar, True)
        quoting = pick("quoting", QUOTE_MINIMAL)
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        self.quoting = quoting
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        if self.quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if "quotechar" in kw and quotechar is None and "quoting" not in kw:
            self.quoting = QUOTE_NONE
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self.lineterminator is None:
            raise TypeError("lineterminator must be set")

    @staticmethod
    def _char(name, value, optional):
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise TypeError(f'"{name}" must be string{" or None" if optional else ""}, not {type(value).__name__}')
        if len(value) != 1:
            raise TypeError(f'"{name}" must be a 1-character string')
        return value


class excel(Dialect):
    """Excel's CSV: commas, double quotes, CRLF line endings."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-separated format."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Unix's CSV: every field quoted, LF line endings."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _Checked(dialect, **fmtparams)
    if dialect is None or fmtparams:
        d = _Checked(dialect, **fmtparams)
    else:
        d = dialect
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if isinstance(name, str):
        if name not in _dialects:
            raise Error("unknown dialect")
        return _dialects[name]
    return name


def list_dialects():
    return list(_dialects)


# The parser's states.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class _Reader:
    """`csv.reader`'s iterator: one list of fields per record, a record
    spanning lines where a quoted field holds line breaks."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _add_field(self, fields, field, quoted):
        text = "".join(field)
        # QUOTE_NONNUMERIC reads an unquoted, non-empty field as a float.
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and text:
            fields.append(float(text))
        else:
            fields.append(text)

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        quoted = False
        state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if len(field) != 0 or state == _IN_QUOTED_FIELD:
                    if d.strict:
                        raise Error("unexpected end of data")
                    self._add_field(fields, field, quoted)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error(f"iterator should return strings, not {type(line).__name__} "
                            "(the file should be opened in text mode)")
            self.line_num += 1
            for c in line:
                if state == _START_RECORD:
                    if c == "\n" or c == "\r":
                        state = _EAT_CRNL
                        continue
                    state = _START_FIELD
                if state == _AFTER_ESCAPED_CRNL:
                    # A character after an escaped line break: as in a field.
                    state = _IN_FIELD
                if state == _START_FIELD:
                    if c == "\n" or c == "\r":
                        self._add_field(fields, field, quoted)
                        field, quoted = [], False
                        state = _EAT_CRNL
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        quoted = True
                        state = _IN_QUOTED_FIELD
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == " " and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        self._add_field(fields, field, quoted)
                        field, quoted = [], False
                    else:
                        field.append(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        field.append(c)
                        state = _AFTER_ESCAPED_CRNL
                        continue
                    field.append(c)
                    state = _IN_FIELD
                elif state == _IN_FIELD:
                    if c == "\n" or c == "\r":
                        self._add_field(fields, field, quoted)
                        field, quoted = [], False
                        state = _EAT_CRNL
                    elif c == d.escapechar:
                        state = _ESCAPED_CHAR
                    elif c == d.delimiter:
                        self._add_field(fields, field, quoted)
                        field, quoted = [], False
                        state = _START_FIELD
                    else:
                        field.append(c)
                elif state == _IN_QUOTED_FIELD:
                    if c == d.escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
                    else:
                        field.append(c)
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    field.append(c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if d.quoting != QUOTE_NONE and c == d.quotechar:
                        field.append(c)
                        state = _IN_QUOTED_FIELD
                    elif c == d.delimiter:
                        self._add_field(fields, field, quoted)
                        field, quoted = [], False
                        state = _START_FIELD
                    elif c == "\n" or c == "\r":
                        self._add_field(fields, field, quoted)
                        field, quoted = [], False
                        state = _EAT_CRNL
                    elif not d.strict:
                        field.append(c)
                        state = _IN_FIELD
                    else:
                        raise Error(f"'{d.delimiter}' expected after '{d.quotechar}'")
                elif state == _EAT_CRNL:
                    if c == "\n" or c == "\r":
                        pass
                    else:
                        raise Error("new-line character seen in unquoted field - "
                                    "do you need to open the file in universal-newline mode?")
                if len(field) > _field_limit:
                    raise Error(f"field larger than field limit ({_field_limit})")
            # The end of a line.
            if state in (_START_RECORD, _EAT_CRNL):
                if state == _EAT_CRNL or fields:
                    return fields
                return []
            if state == _START_FIELD or state == _IN_FIELD or state == _QUOTE_IN_QUOTED_FIELD:
                self._add_field(fields, field, quoted)
                return fields
            if state == _ESCAPED_CHAR:
                field.append("\n")
                state = _IN_FIELD
            elif state == _ESCAPE_IN_QUOTED_FIELD:
                field.append("\n")
                state = _IN_QUOTED_FIELD
            elif state == _AFTER_ESCAPED_CRNL:
                state = _IN_FIELD


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator of the records (lists of strings) in `csvfile`, any
    iterable of lines."""
    try:
        lines = iter(csvfile)
    except TypeError:
        raise TypeError("argument 1 must be an iterator") from None
    return _Reader(lines, _Checked(dialect, **fmtparams))


class _Writer:
    """`csv.writer`'s object: rows to formatted lines on a file."""

    def __init__(self, fileobj, dialect):
        self._write = fileobj.write
        self.dialect = dialect

    def _field(self, value, only):
        d = self.dialect
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        if d.quoting == QUOTE_NONNUMERIC:
            quoted = not isinstance(value, (int, float))
        else:
            quoted = d.quoting == QUOTE_ALL
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = d.quoting == QUOTE_NONE
                if not escape:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        if only and not text:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        body = "".join(out)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        """Writes one record; the result of the file's `write`."""
        try:
            fields = list(row)
        except TypeError:
            raise Error(f"iterable expected, not {type(row).__name__}") from None
        only = len(fields) == 1
        line = self.dialect.delimiter.join(self._field(f, only) for f in fields)
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """An object writing rows to `csvfile` (anything with `write`)."""
    if not hasattr(csvfile, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(csvfile, _Checked(dialect, **fmtparams))


class DictReader:
    """Records as dicts keyed by the header row (or `fieldnames`)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records, in the order of `fieldnames`."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError(f"extrasaction ({extrasaction}) must be 'raise' or 'ignore'")
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(self.fieldnames)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# --- Sniffer ---------------------------------------------------------------------

def _is_word(c):
    return c.isalnum() or c == "_"


def _is_delim_char(c):
    """What the sniffer takes for a delimiter next to a quote: not a word
    character, a newline or a quote."""
    return not _is_word(c) and c not in "\n\"'"


def _quoted_fields(data):
    """The quoted fields of a sample, found as CPython's sniffer finds them
    (four patterns tried in turn, the first that finds any wins): a list
    of (quote, delimiter or None, whether a space follows the delimiter)."""
    n = len(data)

    def closing(q, i, after):
        # The first position j >= i where data[j] is the quote and `after`
        # accepts what follows it (the lazy `.*?` of the patterns).
        j = data.find(q, i)
        while j >= 0:
            if after(j + 1):
                return j
            j = data.find(q, j + 1)
        return -1

    def line_start(i):
        return i == 0 or data[i - 1] == "\n"

    def line_end(i):
        return i == n or data[i] == "\n"

    # A delimiter, an optional space, a quoted field, the same delimiter.
    def first(i):
        if not _is_delim_char(data[i]):
            return None
        q = i + 1 + (data[i + 1:i + 2] == " ")
        if q >= n or data[q] not in "\"'":
            return None
        j = closing(data[q], q + 1, lambda k: k < n and data[k] == data[i])
        return None if j < 0 else (j + 2, (data[q], data[i], q > i + 1))

    # A quoted field at a line's start, then a delimiter and maybe a space.
    def second(i):
        for q in ((i,) if line_start(i) else ()) + ((i + 1,) if data[i] == "\n" else ()):
            if q >= n or data[q] not in "\"'":
                continue
            j = closing(data[q], q + 1, lambda k: k < n and _is_delim_char(data[k]))
            if j >= 0:
                space = data[j + 2:j + 3] == " "
                return j + 2 + space, (data[q], data[j + 1], space)
        return None

    # A delimiter, an optional space, a quoted field ending its line.
    def third(i):
        if not _is_delim_char(data[i]):
            return None
        q = i + 1 + (data[i + 1:i + 2] == " ")
        if q >= n or data[q] not in "\"'":
            return None
        j = closing(data[q], q + 1, line_end)
        return None if j < 0 else (j + 1, (data[q], data[i], q > i + 1))

    # A quoted field that is a whole line.
    def fourth(i):
        for q in ((i,) if line_start(i) else ()) + ((i + 1,) if data[i] == "\n" else ()):
            if q >= n or data[q] not in "\"'":
                continue
            j = closing(data[q], q + 1, line_end)
            if j >= 0:
                return j + 1, (data[q], None, False)
        return None

    for pattern in (first, second, third, fourth):
        found = []
        i = 0
        while i < n:
            m = pattern(i)
            if m is None:
                i += 1
            else:
                found.append(m[1])
                i = max(m[0], i + 1)
        if found:
            return found, pattern is fourth
    return [], False


def _doubled_quote(data, delim, quote):
    """Whether some field holds a doubled quote between delimiters (CPython's
    check for `doublequote`), by walking the positions its pattern reaches."""
    n = len(data)

    def star(reach, accepts):
        out = list(reach)
        for p in range(n):
            if out[p] and accepts(data[p]):
                out[p + 1] = True
        return out

    def step(reach, c):
        out = [False] * (n + 1)
        for p in range(n):
            if reach[p] and data[p] == c:
                out[p + 1] = True
        return out

    reach = [False] * (n + 1)
    for p in range(n + 1):
        if p == 0 or data[p - 1] == "\n" or delim == "":
            reach[p] = True
        if delim and p > 0 and data[p - 1] == delim:
            reach[p] = True
    in_field = (lambda c: c != "\n" and c != delim)
    reach = star(reach, lambda c: not _is_word(c))
    reach = step(reach, quote)
    reach = star(reach, in_field)
    reach = step(reach, quote)
    reach = star(reach, in_field)
    reach = step(reach, quote)
    reach = star(reach, lambda c: not _is_word(c))
    for p in range(n + 1):
        if reach[p] and (delim == "" or p == n or data[p] == "\n" or data[p] == delim):
            return True
    return False


class Sniffer:
    """Guesses a CSV file's dialect from a sample of it, and whether its
    first row is a header, as CPython's heuristics do."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A dialect for `sample`: its quote character and delimiter."""
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quote, doublequote, delimiter, skipinitialspace) from the quoted
        fields; ('', False, None, 0) when there are none."""
        fields, whole_lines = _quoted_fields(data)
        if not fields:
            return ("", False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for quote, delim, space in fields:
            quotes[quote] = quotes.get(quote, 0) + 1
            if whole_lines:
                continue
            if delim and (delimiters is None or delim in delimiters):
                delims[delim] = delims.get(delim, 0) + 1
            if space:
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        return (quotechar, _doubled_quote(data, delim, quotechar), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII character
        occurs per line: the one whose count is the same on (nearly) every
        line, ten lines at a time; ('', 0) when none is."""
        data = [line for line in data.split("\n") if line]
        chunk = min(10, len(data))
        iteration = 0
        frequencies = {}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for code in range(127):
                    char = chr(code)
                    counts = frequencies.setdefault(char, {})
                    freq = line.count(char)
                    counts[freq] = counts.get(freq, 0) + 1
            for char, counts in frequencies.items():
                items = list(counts.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    mode = max(items, key=lambda x: x[1])
                    items.remove(mode)
                    modes[char] = (mode[0], mode[1] - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]
            total = float(min(chunk * iteration, len(data)))
            consistency = 1.0
            while len(delims) == 0 and consistency >= 0.9:
                for k, v in modes.items():
                    if v[0] > 0 and v[1] > 0:
                        if v[1] / total >= consistency and (delimiters is None or k in delimiters):
                            delims[k] = v
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims.keys())[0]
                return (delim, data[0].count(delim) == data[0].count("%c " % delim))
            start = end
            end += chunk
        if not delims:
            return ("", 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, data[0].count(d) == data[0].count("%c " % d))
        items = sorted((v, k) for (k, v) in delims.items())
        delim = items[-1][1]
        return (delim, data[0].count(delim) == data[0].count("%c " % delim))

    def has_header(self, sample):
        """Whether the first row looks like a header: in the columns whose
        later rows agree on a type (complex numbers, else a length), the
        first row's disagreements outvote its agreements."""
        parts = sample.split("\n")
        lines = [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
        rdr = reader(lines, self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {i: None for i in range(columns)}
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                this_type = complex
                try:
                    this_type(row[col])
                except (ValueError, OverflowError):
                    this_type = len(row[col])
                if this_type != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = this_type
                    else:
                        del column_types[col]
        votes = 0
        for col, col_type in column_types.items():
            if isinstance(col_type, int):
                votes += 1 if len(header[col]) != col_type else -1
            else:
                try:
                    col_type(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
