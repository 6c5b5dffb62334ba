"""HTML escaping and unescaping (pyaot's own `html`, written from the
documentation). `unescape` follows HTML 5's rules for character references;
it and the entity tables are the runtime's (`_pyaot_html`)."""

from _pyaot_html import _pyaot_unescape

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """`s` with `&`, `<` and `>` as HTML-safe references, and `"` and `'`
    too when `quote` is true."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


def unescape(s):
    """`s` with every named and numeric character reference (`&gt;`,
    `&#62;`, `&#x3e;`) replaced by the character it stands for, by HTML 5's
    rules, invalid references included."""
    if "&" not in s:
        return s
    return _pyaot_unescape(s)
