# html.escape and html.unescape: documented examples, then generated strings
# full of references (named with and without ';', legacy prefixes, numeric
# in both bases, forbidden code points) checked by checksum; and the
# entity tables of html.entities.
import html
import html.entities
import random

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"), html.escape("<b>\"'</b>", quote=False))
for s in ["&gt;&#62;&#x3e;&#X3E;", "&amp;&ampfoo&amp;bar;&notit;&notin;", "&#0;&#13;&#128;&#x9f;&#xD800;",
          "&#1114112;&#99999999999999999999;&#x110000;&#1;&#xb;&#x7f;&#xfdd0;&#xffff;&#x10ffff;",
          "&;&#;&#x;& amp;&&amp;&#a;&xyz;&ab;&", "no references", "&lt&gt&quot&Aacute&aacute;&AMP&amp",
          "&ThisIsAVeryLongNameThatIsLongerThanThirtyTwoCharacters;", "&#65&#66;C&#x44E", "&nbsp;|&NotEqualTilde;"]:
    print(ascii(html.unescape(s)))
print(html.unescape(html.escape("a < b & c > \"d\" 'e'")) == "a < b & c > \"d\" 'e'")

rng = random.Random(20261207)
pieces = ["&", "#", "x", "X", ";", "amp", "lt", "gt", "quot", "Aacute", "aacute", "not", "notin", "nbsp",
          "frac12", "0", "9", "12", "65", "128", "x41", "ff", "FFFF", "D800", "a", "Z", " ", "<", "é", "\n",
          "&#", "&#x", "&amp", "ampx", "zz", "1114111", "1114112"]
acc = 0
for i in range(4000):
    s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
    out = html.unescape(s)
    for ch in s + "|" + out:
        acc = (acc * 31 + ord(ch)) % 1000000007
print("unescape checksum", acc)

e = html.entities
print(len(e.html5), len(e.name2codepoint), len(e.codepoint2name), len(e.entitydefs))
print(e.name2codepoint["eacute"], e.codepoint2name[233], e.entitydefs["amp"], e.html5["NotEqualTilde;"] == "\u2242\u0338")
print(list(e.html5)[:6], list(e.name2codepoint.items())[:3])
