"""Command-line parsing (pyaot's own `argparse` module, written from the
documentation): `ArgumentParser` with positional and optional arguments,
the standard actions (`store`, `store_const`, `store_true`/`store_false`,
`append`, `append_const`, `extend`, `count`, `help`, `version`, and
`Action` subclasses), `nargs` (a count, `?`, `*`, `+`), `type`,
`choices`, `default`, `required`, `dest`, `metavar`, argument groups,
mutually exclusive groups, sub-commands, `set_defaults`, prefix matching
of long options, `Namespace`, and CPython's help, usage and error text
(errors go to stderr and exit with status 2).

The help is laid out for a 80-column terminal (what CPython uses when the
output is not a terminal and `COLUMNS` is unset)."""

import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Action", "BooleanOptionalAction",
           "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "Namespace", "FileType", "SUPPRESS", "OPTIONAL", "ZERO_OR_MORE",
           "ONE_OR_MORE"]

__pyaot_refused__ = ["REMAINDER", "MetavarTypeHelpFormatter"]

# Its `setattr`/`getattr` with computed names reach the `Namespace` objects
# it makes (and a namespace a program passes in, which it asked for).
__pyaot_closed__ = True

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
_UNRECOGNIZED_ARGS_ATTR = "_unrecognized_args"
_WIDTH = 78


class Namespace:
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append("%s=%r" % (name, value))
            else:
                star[name] = value
        if star:
            parts.append("**%r" % (star,))
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error about one argument (or none)."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message
        super().__init__(argument, message)

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` function to report a bad value."""


class FileType:
    """A `type` opening the named file with the given mode, buffering,
    encoding and errors (`-` is standard input, or output when writing)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return sys.stdin.buffer if "b" in self._mode else sys.stdin
            if any(c in self._mode for c in "wax"):
                return sys.stdout.buffer if "b" in self._mode else sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        shown += ["%s=%r" % (k, v) for k, v in (("encoding", self._encoding), ("errors", self._errors)) if v is not None]
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return "{" + ",".join(action.choices) + "}"
    return None


# ---- actions ---------------------------------------------------------------


class Action:
    """What an argument does with its values: stores them by default."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help",
                 "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _ValuesAction(Action):
    """An action that takes values (`store`, `append`): `nargs` may not be
    0, and a `const` needs `nargs='?'`."""

    # The ValueError for `nargs=0`, worded per action.
    _no_values = ""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError(self._no_values)
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)


class _StoreAction(_ValuesAction):
    _no_values = ("nargs for store actions must be != 0; if you have nothing to store, actions such as store true "
                  "or store const may be more appropriate")

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _copied_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    return list(items)


class _AppendAction(_ValuesAction):
    _no_values = ("nargs for append actions must be != 0; if arg strings are not supplying the value to append, "
                  "the append const action may be more appropriate")

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """`--flag` / `--no-flag`."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False, help=None,
                 metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith("--"):
                _option_strings.append("--no-" + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(_option_strings, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _ChoicesPseudoAction(Action):
    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += " (%s)" % ", ".join(aliases)
        super().__init__([], dest, None, None, None, None, None, False, help, metavar)


class _SubParsersAction(Action):
    """The sub-command argument: its value picks a parser for the rest."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, None, None, None, self._name_parser_map, required, help,
                         metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        if parser_name not in self._name_parser_map:
            msg = "unknown parser %r (choices: %s)" % (parser_name, ", ".join(self._name_parser_map))
            raise ArgumentError(self, msg)
        parser = self._name_parser_map[parser_name]
        subnamespace, arg_strings = parser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction, "append": _AppendAction,
    "append_const": _AppendConstAction, "count": _CountAction, "help": _HelpAction,
    "version": _VersionAction, "parsers": _SubParsersAction, "extend": _ExtendAction,
}


# ---- help formatting -------------------------------------------------------


def _chunks(word):
    """A word's pieces a line may end between, as `textwrap` splits words:
    after the hyphen of a hyphenated word (two letters before it, two
    letters or a letter, a hyphen and a letter after it), and around a
    dash of two or more hyphens between words."""

    def letter(k):
        return 0 <= k < len(word) and (word[k].isalpha() or word[k] == "_")

    def word_char(k):
        return 0 <= k < len(word) and (word[k].isalnum() or word[k] == "_")

    def punct(k):
        return word_char(k) or 0 <= k < len(word) and word[k] in "!\"'&.,?"

    pieces = []
    start = 0
    i = 0
    while i < len(word):
        if word[i] != "-":
            i += 1
            continue
        j = i
        while j < len(word) and word[j] == "-":
            j += 1
        if j - i >= 2 and i > start and punct(i - 1) and word_char(j):
            pieces.append(word[start:i])
            pieces.append(word[i:j])
            start = i = j
            continue
        before = letter(i - 2) and letter(i - 1) or letter(i - 3) and word[i - 2] == "-" and letter(i - 1)
        after = letter(i + 1) and (letter(i + 2) or i + 2 < len(word) and word[i + 2] == "-" and letter(i + 3))
        if j - i == 1 and i > start and before and after:
            pieces.append(word[start:i + 1])
            start = i + 1
        i = j
    if start < len(word):
        pieces.append(word[start:])
    return pieces


def _cut(piece, space):
    """Where a piece too long for a line is cut to fit `space`: after its
    last hyphen that fits (with something before it), else at `space`."""
    hyphen = piece.rfind("-", 0, space)
    if hyphen > 0 and piece[:hyphen].strip("-"):
        return hyphen + 1
    return space


def _wrap(text, width):
    """`text`'s words in lines of at most `width` characters, as
    `textwrap.wrap` lays them out (hyphenated words may break after a
    hyphen; a piece longer than a line is cut)."""
    lines = []
    line = ""
    for word in text.split():
        first = True
        for piece in _chunks(word):
            sep = " " if first and line else ""
            first = False
            if len(line) + len(sep) + len(piece) <= width:
                line += sep + piece
                continue
            if len(piece) > width:
                # Fill what is left of the line, then whole lines.
                left = width - len(line) - len(sep)
                if left >= 1:
                    cut = _cut(piece, left)
                    line += sep + piece[:cut]
                    piece = piece[cut:]
                elif left == 0:
                    # (textwrap keeps the space that just fits.)
                    line += sep
                while line:
                    lines.append(line)
                    line = ""
                    if len(piece) > width:
                        cut = _cut(piece, width)
                        line = piece[:cut]
                        piece = piece[cut:]
                line = piece
                continue
            if line:
                lines.append(line)
            line = piece
    if line:
        lines.append(line)
    return lines


class HelpFormatter:
    """Lays out usage, description, argument sections and epilog."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _WIDTH
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        # The output: text blocks and sections, each a function run at the end.
        self._root = []
        self._stack = [self._root]

    # -- collecting --
    def _add(self, item):
        self._stack[-1].append(item)

    def start_section(self, heading):
        section = {"heading": heading, "items": [], "indent": None}
        self._add(("section", section))
        self._stack.append(section["items"])

    def end_section(self):
        self._stack.pop()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add(("text", text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add(("usage", (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        for sub in self._subactions(action):
            invocations.append(self._format_action_invocation(sub))
        # (Sub-commands count at their section's indent, as CPython's do.)
        indent = (len(self._stack) - 1) * self._indent_increment
        for inv in invocations:
            self._action_max_length = max(self._action_max_length, len(inv) + indent)
        self._add(("action", action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _subactions(self, action):
        if isinstance(action, _SubParsersAction):
            return action._get_subactions()
        return []

    # -- rendering --
    def format_help(self):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        out = self._render(self._root, 0, help_position)
        out = "\n\n".join(p for p in self._collapse(out))
        if out:
            out = out.strip("\n") + "\n"
        return out

    def _collapse(self, text):
        # Runs of blank lines become one, as CPython's formatter does.
        parts = []
        for p in text.split("\n\n"):
            if p.strip("\n"):
                parts.append(p.strip("\n"))
        return parts

    def _render(self, items, indent, help_position):
        out = ""
        for kind, payload in items:
            if kind == "text":
                out += self._format_text(payload, indent) + "\n"
            elif kind == "usage":
                out += self._format_usage(*payload) + "\n"
            elif kind == "action":
                out += self._format_action(payload, indent, help_position)
            else:
                body = self._render(payload["items"], indent + self._indent_increment, help_position)
                if not body.strip() or payload["heading"] is SUPPRESS:
                    continue
                heading = ""
                if payload["heading"] is not None:
                    heading = " " * indent + payload["heading"] + ":\n"
                out += "\n" + heading + body + "\n"
        return out

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(text, width))

    def _format_text(self, text, indent):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - indent, 11)
        return self._fill_text(text, text_width, " " * indent) + "\n"

    def _format_action(self, action, indent, help_position):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            line = " " * indent + header + "\n"
        elif len(header) <= action_width:
            line = " " * indent + header.ljust(action_width) + "  "
            header = None
        else:
            line = " " * indent + header + "\n"
        out = line
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                if header is None:
                    out += lines[0] + "\n"
                    lines = lines[1:]
                for l in lines:
                    out += " " * help_position + l + "\n"
            elif header is None:
                out += "\n"
        elif not out.endswith("\n"):
            out += "\n"
        for sub in self._subactions(action):
            out += self._format_action(sub, indent + self._indent_increment, help_position)
        return out

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size

        return format

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return "%s" % get(1)
        if nargs == OPTIONAL:
            return "[%s]" % get(1)
        if nargs == ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return "[%s [%s ...]]" % metavar
            return "[%s ...]" % metavar
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if nargs == PARSER:
            return "%s ..." % get(1)
        if nargs == SUPPRESS:
            return ""
        if not isinstance(nargs, int):
            raise ValueError("invalid nargs value")
        return " ".join(["%s"] * nargs) % get(nargs)

    def _default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._default_metavar_for_positional(action)
            return self._metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ", ".join(["%s %s" % (o, args_string) for o in action.option_strings])

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = "%s" % self._prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = " ".join([self._prog] + opt_parts + pos_parts)
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                usage = "\n".join(self._wrap_usage(prefix, opt_parts, pos_parts, text_width))
        return "%s%s\n" % (prefix, usage)

    def _wrap_usage(self, prefix, opt_parts, pos_parts, text_width):
        prog = self._prog

        def lines_of(parts, indent, first=None):
            lines = []
            line = []
            used = len(first) - 1 if first is not None else len(indent) - 1
            for part in parts:
                if line and used + 1 + len(part) > text_width:
                    lines.append(indent + " ".join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + " ".join(line))
            if first is not None and lines:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = " " * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = lines_of([prog] + opt_parts, indent, prefix)
                lines.extend(lines_of(pos_parts, indent))
            elif pos_parts:
                lines = lines_of([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
            return lines
        indent = " " * len(prefix)
        parts = opt_parts + pos_parts
        lines = lines_of(parts, indent)
        if len(lines) > 1:
            lines = lines_of(opt_parts, indent) + lines_of(pos_parts, indent)
        return [prog] + lines

    def _usage_parts(self, actions, groups):
        # A mutually exclusive group shows as `[-a | -b]` (`(-a | -b)` when
        # required), where its actions appear together in order.
        parts = []
        i = 0
        while i < len(actions):
            group = None
            for g in groups:
                members = g._group_actions
                if members and actions[i] is members[0] and actions[i:i + len(members)] == members:
                    group = g
            if group is not None and len(group._group_actions) > 1:
                inner = [self._usage_part(a, True) for a in group._group_actions if a.help is not SUPPRESS]
                if inner:
                    text = " | ".join(inner)
                    parts.append(("(%s)" if group.required else "[%s]") % text)
                i += len(group._group_actions)
                continue
            part = self._usage_part(actions[i], False)
            if part is not None:
                parts.append(part)
            i += 1
        return parts

    def _usage_part(self, action, in_group):
        if action.help is SUPPRESS:
            return None
        if not action.option_strings:
            default = self._default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part[0] == "[" and part[-1] == "]":
                part = part[1:-1]
            return part
        option_string = action.format_usage()
        if action.nargs == 0:
            part = option_string
        else:
            default = self._default_metavar_for_optional(action)
            part = "%s %s" % (option_string, self._format_args(action, default))
        if not action.required and not in_group:
            part = "[%s]" % part
        return part


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's line breaks."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


# ---- parsers ---------------------------------------------------------------


class _ActionsContainer:
    """What parsers and argument groups share: adding arguments."""

    def _init_container(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_class = kwargs.pop("action", None)
        if not isinstance(action_class, str) and action_class is not None:
            cls = action_class
        elif action_class in _ACTIONS:
            cls = _ACTIONS[action_class]
        else:
            raise ValueError("unknown action \"%s\"" % (action_class,))
        if not callable(cls):
            raise ValueError("unknown action \"%s\"" % (cls,))
        action = cls(**kwargs)
        type_func = action.type
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, "conflicting option string: %s" % option_string)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _looks_negative(option_string) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE, SUPPRESS, 0]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % option_strings[0])
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)


def _looks_negative(text):
    if len(text) < 2 or text[0] != "-":
        return False
    body = text[1:]
    if body.count(".") > 1:
        return False
    digits = body.replace(".", "")
    return digits.isdigit() and digits.isascii() and body != "."


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its arguments belong to the parser."""

    def __init__(self, container, title=None, description=None, **kwargs):
        self._init_container(description, kwargs.get("prefix_chars", container.prefix_chars),
                             kwargs.get("argument_default", container.argument_default), "error")
        self.title = title
        self._group_actions = []
        self._container = container
        self._defaults = container._defaults
        self._option_string_actions = container._option_string_actions
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        # Registered with the parser, listed in this section only.
        action = _ActionsContainer._add_action(self._container, action)
        self._group_actions.append(action)
        return action


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one of its arguments (exactly one when required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action


class ArgumentParser(_ActionsContainer):
    """A command line's grammar: its arguments, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        self._init_container(description, prefix_chars, argument_default, conflict_handler)
        if conflict_handler != "error":
            raise NotImplementedError("pyaot's argparse does not resolve conflicting options yet")
        self.fromfile_prefix_chars = fromfile_prefix_chars
        if prog is None:
            prog = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1] if sys.argv else ""
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._group_actions.append(action)
        else:
            self._positionals._group_actions.append(action)
        return _ActionsContainer._add_action(self, action)

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- parsing --
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def convert_arg_line_to_args(self, arg_line):
        """The arguments one line of an arguments file holds: the line."""
        return [arg_line]

    def _read_args_from_files(self, arg_strings):
        """Each argument starting with one of `fromfile_prefix_chars` replaced
        by the arguments its file holds (one per line, files within files
        read too)."""
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:]) as f:
                    found = []
                    for line in f.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
            except OSError as err:
                self.error(str(err))
            out.extend(self._read_args_from_files(found))
        return out

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        # Which arguments are options (`O`), values (`A`) or the `--` mark (`-`).
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                conflicts.setdefault(action, []).extend(members[:i] + members[i + 1:])
        option_tuples = {}
        pattern = []
        rest_positional = False
        for i, arg in enumerate(arg_strings):
            if rest_positional:
                pattern.append("A")
            elif arg == "--":
                pattern.append("-")
                rest_positional = True
            else:
                found = self._parse_optional(arg)
                if found is None:
                    pattern.append("A")
                else:
                    option_tuples[i] = found
                    pattern.append("O")
        pattern = "".join(pattern)
        seen_actions = []
        seen_non_default = []
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]

        def take_action(action, strings, option_string=None):
            seen_actions.append(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.append(action)
                for other in conflicts.get(action, []):
                    if other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s" % _action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit = option_tuples[start]
            pending = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit is not None:
                    count = self._match_argument(action, "A")
                    if count == 0 and option_string[1] not in self.prefix_chars and explicit != "":
                        pending.append((action, [], option_string))
                        option_string = option_string[0] + explicit[0]
                        rest = explicit[1:] or None
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit = rest
                        else:
                            raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                    elif count == 1:
                        stop = start + 1
                        pending.append((action, [explicit], option_string))
                        break
                    else:
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                else:
                    begin = start + 1
                    count = self._match_argument(action, pattern[begin:])
                    stop = begin + count
                    pending.append((action, arg_strings[begin:stop], option_string))
                    break
            for act, strings, opt in pending:
                take_action(act, strings, opt)
            return stop

        def consume_positionals(start):
            counts = self._match_partial(positionals, pattern[start:])
            for action, count in zip(positionals, counts):
                strings = arg_strings[start:start + count]
                start += count
                take_action(action, strings)
            del positionals[:len(counts)]
            return start

        indices = sorted(option_tuples)
        max_index = indices[-1] if indices else -1
        start = 0
        while start <= max_index:
            next_index = min(i for i in indices if i >= start)
            # Positionals before the next option (none when it comes first).
            if start != next_index:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_tuples:
                extras.extend(arg_strings[start:next_index])
                start = next_index
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])
        required = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                        and hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error("the following arguments are required: %s" % ", ".join(required))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    self.error("one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _parse_optional(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if "=" in arg:
            option_string, explicit = arg.split("=", 1)
            if option_string in self._option_string_actions:
                return self._option_string_actions[option_string], option_string, explicit
        matches = self._option_prefix_matches(arg)
        if len(matches) > 1:
            options = ", ".join([option_string for action, option_string, explicit in matches])
            self.error("ambiguous option: %s could match %s" % (arg, options))
        elif len(matches) == 1:
            return matches[0]
        if _looks_negative(arg) and not self._has_negative_number_optionals:
            return None
        if " " in arg:
            return None
        return None, arg, None

    def _option_prefix_matches(self, arg):
        result = []
        chars = self.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            if self.allow_abbrev:
                if "=" in arg:
                    prefix, explicit = arg.split("=", 1)
                else:
                    prefix, explicit = arg, None
                for option_string in self._option_string_actions:
                    if option_string.startswith(prefix):
                        result.append((self._option_string_actions[option_string], option_string, explicit))
        elif arg[0] in chars and arg[1] not in chars:
            prefix = arg
            short_prefix = arg[:2]
            short_explicit = arg[2:]
            for option_string in self._option_string_actions:
                action = self._option_string_actions[option_string]
                if option_string == short_prefix:
                    result.append((action, option_string, short_explicit))
                elif self.allow_abbrev and option_string.startswith(prefix):
                    result.append((action, option_string, None))
        return result

    def _nargs_range(self, action):
        # (least, most) values an argument takes; most None for no limit.
        nargs = action.nargs
        if nargs is None:
            return 1, 1
        if nargs == OPTIONAL:
            return 0, 1
        if nargs == ZERO_OR_MORE:
            return 0, None
        if nargs == ONE_OR_MORE:
            return 1, None
        if nargs == PARSER:
            return 1, None
        if nargs == SUPPRESS:
            return 0, 0
        return nargs, nargs

    def _match_argument(self, action, pattern):
        # How many of the values at the start of `pattern` an option takes.
        least, most = self._nargs_range(action)
        available = 0
        while available < len(pattern) and pattern[available] == "A":
            available += 1
        if action.nargs == PARSER and available >= 1:
            return len(pattern)
        if available < least:
            nargs = action.nargs
            if nargs is None:
                msg = "expected one argument"
            elif nargs == OPTIONAL:
                msg = "expected at most one argument"
            elif nargs == ONE_OR_MORE or nargs == PARSER:
                msg = "expected at least one argument"
            elif nargs == 1:
                msg = "expected 1 argument"
            else:
                msg = "expected %s arguments" % nargs
            raise ArgumentError(action, msg)
        if most is None:
            return available
        return min(available, most)

    def _match_partial(self, actions, pattern):
        # The values each of the longest run of positionals takes from the
        # start of `pattern` (`-` marks `--`, taken along with values; `O`
        # ends the run): each takes as many as it can while those after it
        # still get their least, as a greedy regular expression would.
        for n in range(len(actions), 0, -1):
            counts = self._allocate(actions[:n], pattern)
            if counts is not None:
                return counts
        return []

    def _allocate(self, actions, pattern):
        limit = 0
        while limit < len(pattern) and pattern[limit] in "A-":
            limit += 1
        dash = pattern.find("-", 0, limit)
        ranges = [self._nargs_range(a) for a in actions]

        def values(lo, hi):
            # Values (`A`) between positions lo and hi.
            count = hi - lo
            if dash != -1 and lo <= dash < hi:
                count -= 1
            return count

        def solve(i, pos):
            if i == len(actions):
                return []
            least, most = ranges[i]
            if actions[i].nargs == PARSER:
                rest = len(pattern) - pos
                if pos < len(pattern) and pattern[pos] == "-":
                    return None if rest < 2 else [rest]
                return [rest] if rest >= 1 and pattern[pos] == "A" else None
            ends = []
            end = limit
            while end >= pos:
                n = values(pos, end)
                if n >= least and (most is None or n <= most):
                    ends.append(end)
                end -= 1
            for end in ends:
                tail = solve(i + 1, end)
                if tail is not None:
                    return [end - pos] + tail
            return None

        return solve(0, 0)

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER,):
            if "--" in arg_strings:
                arg_strings = list(arg_strings)
                arg_strings.remove("--")
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join([repr(c) for c in action.choices])
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # -- help and errors --
    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))
