"""The HTML character entity tables (pyaot's own `html.entities`): the
HTML 4 names and code points, and HTML 5's named references. The tables
are the runtime's (`_pyaot_html`), built into dicts here."""

from _pyaot_html import _pyaot_html5, _pyaot_name2codepoint

__all__ = ["html5", "name2codepoint", "codepoint2name", "entitydefs"]

# name -> code point (HTML 4)
name2codepoint = _pyaot_name2codepoint()

# name (with or without its `;`) -> the characters (HTML 5)
html5 = _pyaot_html5()

# code point -> name, and name -> the character (HTML 4)
codepoint2name = {}
entitydefs = {}
for _name, _codepoint in name2codepoint.items():
    codepoint2name[_codepoint] = _name
    entitydefs[_name] = chr(_codepoint)
del _name, _codepoint
