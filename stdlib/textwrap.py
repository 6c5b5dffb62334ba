"""Text wrapping and filling (pyaot's own `textwrap`, written from the
documentation): `TextWrapper` and the functions over it, `wrap`, `fill`,
`shorten`, `dedent` and `indent`.

A paragraph is cut into chunks (words, runs of whitespace, and the parts
of hyphenated words and of words joined by dashes), then lines are filled
greedily: each takes as many chunks as fit in the width; a chunk longer
than a whole line is broken (after a hyphen if it can be)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace `textwrap` knows (ASCII only, as documented).
_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_letter(c):
    """A word character that is not a digit (what a hyphenated word's
    parts are made of)."""
    return (c.isalnum() or c == "_") and not c.isdigit()


def _letters_before(word, i):
    return i >= 2 and _is_letter(word[i - 1]) and _is_letter(word[i - 2])


def _letters_after(word, i):
    return i + 1 < len(word) and _is_letter(word[i]) and _is_letter(word[i + 1])


def _split_word(word):
    """The parts a word of no whitespace breaks into: after a hyphen with
    two letters on each side, and around a dash of two or more hyphens
    between a character and a word character."""
    parts = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        if word[i] != "-":
            i += 1
            continue
        run = i
        while run < n and word[run] == "-":
            run += 1
        if run - i >= 2:
            # A dash: its own chunk when something precedes it in the word
            # and a word character follows.
            if i > 0 and word[i - 1] != "-" and run < n and (word[run].isalnum() or word[run] == "_"):
                if i > start:
                    parts.append(word[start:i])
                parts.append(word[i:run])
                start = run
            i = run
            continue
        # One hyphen.
        if _letters_before(word, i) and _letters_after(word, i + 1):
            parts.append(word[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        parts.append(word[start:])
    return parts


class TextWrapper:
    """Wraps paragraphs of text to a width; the options are attributes, as
    documented."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- chunks ----------------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _WHITESPACE:
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            space = text[i] in _WHITESPACE
            while j < n and (text[j] in _WHITESPACE) == space:
                j += 1
            if space or not self.break_on_hyphens:
                chunks.append(text[i:j])
            else:
                chunks.extend(_split_word(text[i:j]))
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- lines -----------------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, if some non-hyphen
                # comes before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line is dropped (but for the
            # first line's: the paragraph's own indentation).
            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            last_line = (self.max_lines is None or len(lines) + 1 < self.max_lines
                         or ((not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()))
                             and cur_len <= width))
            if last_line:
                lines.append(indent + "".join(cur_line))
                continue
            # The last line allowed, with text left over: end it with the
            # placeholder, taking chunks off until it fits.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + "".join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    # -- the public methods ----------------------------------------------------

    def wrap(self, text):
        """The lines of `text` wrapped, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """`text` wrapped, as one string."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    """Whether a chunk ends a sentence: a lowercase ASCII letter, then `.`,
    `!` or `?`, then maybe a quote."""
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to `width` (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to `width`, as one string (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed, cut to fit in `width` with a
    placeholder at the end if it does not fit whole."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """`text` without the whitespace all its lines start with (lines of
    only whitespace do not count, and become empty)."""
    lines = text.split("\n")
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        else:
            k = 0
            while k < len(margin) and k < len(lead) and margin[k] == lead[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.lstrip(" \t"):
            out.append("")
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return "\n".join(out)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` before each line `predicate` accepts (by
    default, each line not made only of whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
