# textwrap's documented uses: wrap/fill/shorten/dedent/indent, a reused
# TextWrapper whose options change between calls, and the errors.
import textwrap

sample = """The textwrap module provides some convenience functions, as well as
TextWrapper, the class that does all the work. If you're just wrapping or
filling one or two text strings, the convenience functions should be good
enough; otherwise, you should use an instance of TextWrapper for efficiency."""

print(textwrap.fill(sample, width=40))
print(textwrap.wrap(sample, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))


def test():
    # end first line with \ to avoid the empty line!
    s = '''\
    hello
      world
    '''
    print(repr(s))
    print(repr(textwrap.dedent(s)))


test()
print(repr(textwrap.dedent("  a\n\t b\n  c")), repr(textwrap.dedent("\n   \n  x\n   y\n")))
s = "hello\n\n \nworld"
print(repr(textwrap.indent(s, "  ")))
print(repr(textwrap.indent(s, "+ ", lambda line: True)))

w = textwrap.TextWrapper(width=20, max_lines=2)
print(w.wrap("one two three four five six seven eight nine ten"))
w.placeholder = " (more)"
w.width = 25
print(w.fill("one two three four five six seven eight nine ten"))
w.max_lines = None
w.break_long_words = False
print(w.wrap("a verylongwordthatdoesnotfitanywhere at all"))
w.fix_sentence_endings = True
print(w.wrap("This is it. Really? Yes! Done. \"Quoted.\" End."))
print(w.width, w.initial_indent == "", w.expand_tabs, w.tabsize, w.placeholder)
print(textwrap.wrap("tab\there", 20, tabsize=4), textwrap.wrap("tab\there", 20, expand_tabs=False))
print(textwrap.wrap("", 10), textwrap.fill("   ", 10), textwrap.wrap("   x", 10))
print(textwrap.wrap("aaa-bbb-ccc-ddd", 6), textwrap.wrap("aaa-bbb-ccc-ddd", 6, break_on_hyphens=False))


def attempt(f):
    try:
        return repr(f())
    except ValueError as e:
        return "ValueError: %s" % e


print(attempt(lambda: textwrap.wrap("x", 0)))
print(attempt(lambda: textwrap.wrap("x", -3)))
print(attempt(lambda: textwrap.wrap("a b c", 3, max_lines=1, placeholder=" [...]")))
print(attempt(lambda: textwrap.shorten("a b c", 4)))
