//! The syntax of `re` patterns: a pattern's code points to a tree of
//! [`Node`]s, with CPython 3.11's errors (message and position) for every
//! pattern it refuses. Flags a pattern sets for itself (`(?i)` at its
//! start) are collected here; what the flags mean for matching is decided
//! when the tree is compiled (`compile.rs`).

use super::flags::*;

/// `{m,n}` without `n`, and the bound CPython refuses numbers from.
pub const MAXREPEAT: u32 = u32::MAX;
/// A width no pattern reaches (CPython's `MAXWIDTH`).
const MAXWIDTH: u64 = u64::MAX;

/// A character class `\d \s \w` and their negations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// A zero-width position test.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetItem {
    Lit(u32),
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Lit(u32),
    NotLit(u32),
    Any,
    Set {
        negate: bool,
        items: Vec<SetItem>,
    },
    Cat(Cat),
    At(At),
    /// A capturing group, or a group that only scopes flags (`(?i:...)`).
    Group {
        index: Option<usize>,
        add: u32,
        del: u32,
        body: Vec<Node>,
    },
    Alt(Vec<Vec<Node>>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        body: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Assert {
        behind: bool,
        negate: bool,
        body: Vec<Node>,
    },
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

/// Why a pattern was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    /// `re.error(msg, pattern, pos)`; `pos` None for errors CPython gives
    /// no position.
    Syntax(String, Option<usize>),
    Overflow(String),
    Value(String),
}

/// A parsed pattern.
pub struct Parsed {
    pub nodes: Vec<Node>,
    /// Flags after the pattern's own, with the type flag settled.
    pub flags: u32,
    /// Groups, counting group 0.
    pub groups: usize,
    /// Named groups in the order they were defined.
    pub names: Vec<(String, usize)>,
    /// Each group's (shortest, longest) width, for lookbehinds.
    pub widths: Vec<(u64, u64)>,
}

/// One token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Tok {
    c: u32,
    escaped: bool,
}

impl Tok {
    fn len(self) -> usize {
        1 + self.escaped as usize
    }
    fn is(self, c: char) -> bool {
        !self.escaped && self.c == c as u32
    }
    fn text(self) -> String {
        let c = char::from_u32(self.c).unwrap_or('\u{fffd}');
        if self.escaped {
            format!("\\{c}")
        } else {
            c.to_string()
        }
    }
}

struct Source<'a> {
    s: &'a [u32],
    istext: bool,
    /// Index just past the token in `next`.
    index: usize,
    next: Option<Tok>,
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}
fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_ascii_letter(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_alphabetic())
}
fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

impl<'a> Source<'a> {
    fn new(s: &'a [u32], istext: bool) -> Result<Self, Error> {
        let mut src = Source { s, istext, index: 0, next: None };
        src.advance()?;
        Ok(src)
    }
    fn advance(&mut self) -> Result<(), Error> {
        let Some(&c) = self.s.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&d) = self.s.get(self.index + 1) else {
                return Err(Error::Syntax("bad escape (end of pattern)".into(), Some(self.s.len() - 1)));
            };
            self.index += 2;
            self.next = Some(Tok { c: d, escaped: true });
        } else {
            self.index += 1;
            self.next = Some(Tok { c, escaped: false });
        }
        Ok(())
    }
    fn get(&mut self) -> Result<Option<Tok>, Error> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    fn matches(&mut self, c: char) -> Result<bool, Error> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }
    fn seek(&mut self, index: usize) -> Result<(), Error> {
        self.index = index;
        self.advance()
    }
    fn next_plain(&self) -> Option<u32> {
        self.next.filter(|t| !t.escaped).map(|t| t.c)
    }
    /// Up to `n` plain characters satisfying `ok`.
    fn getwhile(&mut self, n: usize, ok: fn(u32) -> bool) -> Result<Vec<u32>, Error> {
        let mut out = vec![];
        for _ in 0..n {
            match self.next_plain() {
                Some(c) if ok(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }
    /// The text up to `terminator` (CPython's `getuntil`).
    fn getuntil(&mut self, terminator: char, name: &str) -> Result<String, Error> {
        let mut result = String::new();
        let mut n = 0;
        loop {
            let t = self.get()?;
            match t {
                None => {
                    if n == 0 {
                        return Err(self.error(format!("missing {name}"), 0));
                    }
                    return Err(self.error(format!("missing {terminator}, unterminated name"), n));
                }
                Some(t) if t.is(terminator) => {
                    if n == 0 {
                        return Err(self.error(format!("missing {name}"), 1));
                    }
                    return Ok(result);
                }
                Some(t) => {
                    if t.escaped {
                        result.push('\\');
                    }
                    result.push(ch(t.c));
                    n += t.len();
                }
            }
        }
    }
    fn error(&self, msg: String, offset: usize) -> Error {
        let msg = if self.istext { msg } else { ascii_backslash(&msg) };
        Error::Syntax(msg, Some(self.tell().saturating_sub(offset)))
    }
    fn checkgroupname(&self, name: &str, offset: usize) -> Result<(), Error> {
        if !is_identifier(name) {
            return Err(
                self.error(format!("bad character in group name {}", py_repr(name)), name.chars().count() + offset)
            );
        }
        Ok(())
    }
}

/// `msg.encode('ascii', 'backslashreplace').decode()`.
fn ascii_backslash(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            0x100..=0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// `repr(name)` of a str.
pub fn py_repr(s: &str) -> String {
    crate::types::str::str_repr(s)
}

pub use crate::types::unicode::is_identifier;

struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    /// Each group's width once closed (None while open); group 0 first.
    widths: Vec<Option<(u64, u64)>>,
    lookbehind_groups: Option<usize>,
    /// Groups a conditional names by number, and where (checked at the end).
    grouprefpos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }
    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.widths[gid].is_some()
    }
    fn checklookbehindgroup(&self, gid: usize, src: &Source) -> Result<(), Error> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.checkgroup(gid) {
                return Err(src.error("cannot refer to an open group".into(), 0));
            }
            if gid >= lb {
                return Err(src.error("cannot refer to group defined in the same lookbehind subpattern".into(), 0));
            }
        }
        Ok(())
    }
    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }
}

const MAXGROUPS: usize = (u32::MAX / 2) as usize;

fn flag_of(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// Parses `pattern` (a str's code points, or a bytes pattern's bytes).
pub fn parse(pattern: &[u32], istext: bool, flags: u32) -> Result<Parsed, Error> {
    let mut src = Source::new(pattern, istext)?;
    let mut state = State { flags, names: vec![], widths: vec![None], lookbehind_groups: None, grouprefpos: vec![] };
    let nodes = parse_sub(&mut src, &mut state, flags & VERBOSE != 0, 0)?;
    let flags = fix_flags(istext, state.flags)?;
    if src.next.is_some() {
        return Err(src.error("unbalanced parenthesis".into(), 0));
    }
    for &(g, pos) in &state.grouprefpos {
        if g >= state.groups() {
            return Err(Error::Syntax(format!("invalid group reference {g}"), Some(pos)));
        }
    }
    let widths = state.widths.iter().map(|w| w.unwrap_or((0, 0))).collect();
    Ok(Parsed { nodes, flags, groups: state.groups(), names: state.names, widths })
}

/// The type flag a pattern gets, and CPython's refusals of mixed ones.
pub fn fix_flags(istext: bool, mut flags: u32) -> Result<u32, Error> {
    if istext {
        if flags & LOCALE != 0 {
            return Err(Error::Value("cannot use LOCALE flag with a str pattern".into()));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(Error::Value("ASCII and UNICODE flags are incompatible".into()));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(Error::Value("cannot use UNICODE flag with a bytes pattern".into()));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(Error::Value("ASCII and LOCALE flags are incompatible".into()));
        }
    }
    Ok(flags)
}

fn parse_sub(src: &mut Source, state: &mut State, mut verbose: bool, nested: usize) -> Result<Vec<Node>, Error> {
    let mut items = vec![];
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(src, state, verbose, nested + 1, first)?);
        if !src.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap());
    }
    Ok(vec![Node::Alt(items)])
}

fn width(nodes: &[Node], state: &State) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for n in nodes {
        let (i, j) = match n {
            Node::Alt(alts) => {
                let ws: Vec<_> = alts.iter().map(|a| width(a, state)).collect();
                (ws.iter().map(|w| w.0).min().unwrap_or(0), ws.iter().map(|w| w.1).max().unwrap_or(0))
            }
            Node::Atomic(b) | Node::Group { body: b, .. } => width(b, state),
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = width(body, state);
                let lo = i.saturating_mul(*min as u64);
                let hi = if *max == MAXREPEAT && j > 0 { MAXWIDTH } else { j.saturating_mul(*max as u64) };
                (lo, hi)
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::Set { .. } | Node::Cat(_) => (1, 1),
            Node::GroupRef(g) => state.widths[*g].unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (i, j) = width(yes, state);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, state);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo, hi)
}

/// The width of a pattern (for lookbehind), as CPython reports it.
pub fn widths(nodes: &[Node], group_widths: &[(u64, u64)]) -> (u64, u64) {
    let state = State {
        flags: 0,
        names: vec![],
        widths: group_widths.iter().map(|&w| Some(w)).collect(),
        lookbehind_groups: None,
        grouprefpos: vec![],
    };
    width(nodes, &state)
}

fn category(c: u32) -> Option<Node> {
    Some(match ch(c) {
        'A' => Node::At(At::BeginningString),
        'Z' => Node::At(At::EndString),
        'b' => Node::At(At::Boundary),
        'B' => Node::At(At::NonBoundary),
        'd' => Node::Cat(Cat::Digit),
        'D' => Node::Cat(Cat::NotDigit),
        's' => Node::Cat(Cat::Space),
        'S' => Node::Cat(Cat::NotSpace),
        'w' => Node::Cat(Cat::Word),
        'W' => Node::Cat(Cat::NotWord),
        _ => return None,
    })
}

fn simple_escape(c: u32) -> Option<u32> {
    Some(match ch(c) {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => '\\' as u32,
        _ => return None,
    })
}

fn number(digits: &[u32], radix: u32) -> u64 {
    digits
        .iter()
        .fold(0u64, |n, &d| n.saturating_mul(radix as u64).saturating_add(ch(d).to_digit(radix).unwrap() as u64))
}

fn text_of(digits: &[u32]) -> String {
    digits.iter().map(|&c| ch(c)).collect()
}

/// `\x..`, `\u....`, `\U........`, `\N{...}`: the code point, or None when
/// `c` starts none of them.
fn numeric_escape(src: &mut Source, c: u32) -> Result<Option<u32>, Error> {
    let (n, prefix) = match ch(c) {
        'x' => (2, "\\x"),
        'u' if src.istext => (4, "\\u"),
        'U' if src.istext => (8, "\\U"),
        'N' if src.istext => {
            if !src.matches('{')? {
                return Err(src.error("missing {".into(), 0));
            }
            let name = src.getuntil('}', "character name")?;
            return match crate::types::unicode::lookup(&name).map(|c| c as u32) {
                Some(c) => Ok(Some(c)),
                None => {
                    Err(src.error(format!("undefined character name {}", py_repr(&name)), name.chars().count() + 4))
                }
            };
        }
        _ => return Ok(None),
    };
    let digits = src.getwhile(n, is_hex)?;
    let escape = format!("{prefix}{}", text_of(&digits));
    if digits.len() != n {
        return Err(src.error(format!("incomplete escape {escape}"), escape.chars().count()));
    }
    let value = number(&digits, 16);
    if n == 8 && (value > 0x10ffff) {
        return Err(src.error(format!("bad escape {escape}"), escape.chars().count()));
    }
    Ok(Some(value as u32))
}

/// An escape inside `[...]`: a literal or a category.
fn class_escape(src: &mut Source, c: u32) -> Result<SetItem, Error> {
    if let Some(code) = simple_escape(c) {
        return Ok(SetItem::Lit(code));
    }
    if let Some(Node::Cat(cat)) = category(c) {
        return Ok(SetItem::Cat(cat));
    }
    if let Some(code) = numeric_escape(src, c)? {
        return Ok(SetItem::Lit(code));
    }
    if is_oct(c) {
        let mut digits = vec![c];
        digits.extend(src.getwhile(2, is_oct)?);
        let value = number(&digits, 8);
        if value > 0o377 {
            let escape = format!("\\{}", text_of(&digits));
            return Err(
                src.error(format!("octal escape value {escape} outside of range 0-0o377"), escape.chars().count())
            );
        }
        return Ok(SetItem::Lit(value as u32));
    }
    let escape = format!("\\{}", ch(c));
    if is_digit(c) || is_ascii_letter(c) {
        return Err(src.error(format!("bad escape {escape}"), 2));
    }
    Ok(SetItem::Lit(c))
}

/// An escape outside `[...]`.
fn escape(src: &mut Source, state: &State, c: u32) -> Result<Node, Error> {
    if let Some(node) = category(c) {
        return Ok(node);
    }
    if let Some(code) = simple_escape(c) {
        if c != 'b' as u32 {
            return Ok(Node::Lit(code));
        }
    }
    if let Some(code) = numeric_escape(src, c)? {
        return Ok(Node::Lit(code));
    }
    if c == '0' as u32 {
        let mut digits = vec![c];
        digits.extend(src.getwhile(2, is_oct)?);
        return Ok(Node::Lit(number(&digits, 8) as u32));
    }
    if is_digit(c) {
        let mut digits = vec![c];
        if let Some(d) = src.next_plain().filter(|&d| is_digit(d)) {
            src.advance()?;
            digits.push(d);
            if is_oct(digits[0]) && is_oct(digits[1]) {
                if let Some(e) = src.next_plain().filter(|&e| is_oct(e)) {
                    src.advance()?;
                    digits.push(e);
                    let value = number(&digits, 8);
                    if value > 0o377 {
                        let escape = format!("\\{}", text_of(&digits));
                        return Err(src.error(
                            format!("octal escape value {escape} outside of range 0-0o377"),
                            escape.chars().count(),
                        ));
                    }
                    return Ok(Node::Lit(value as u32));
                }
            }
        }
        let group = number(&digits, 10) as usize;
        let len = digits.len() + 1;
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(src.error("cannot refer to an open group".into(), len));
            }
            state.checklookbehindgroup(group, src)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(src.error(format!("invalid group reference {group}"), len - 1));
    }
    if is_ascii_letter(c) {
        return Err(src.error(format!("bad escape \\{}", ch(c)), 2));
    }
    Ok(Node::Lit(c))
}

fn is_space(c: u32) -> bool {
    matches!(c, 9..=13 | 32)
}

fn parse_seq(
    src: &mut Source,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Vec<Node>, Error> {
    let mut seq: Vec<Node> = vec![];
    while let Some(this) = src.next {
        if this.is('|') || this.is(')') {
            break;
        }
        src.advance()?;
        if verbose && !this.escaped {
            if is_space(this.c) {
                continue;
            }
            if this.c == '#' as u32 {
                loop {
                    match src.get()? {
                        None => break,
                        Some(t) if t.is('\n') => break,
                        _ => {}
                    }
                }
                continue;
            }
        }
        if this.escaped {
            seq.push(escape(src, state, this.c)?);
            continue;
        }
        match ch(this.c) {
            '[' => seq.push(parse_set(src)?),
            '*' | '+' | '?' | '{' => {
                let here = src.tell();
                let (min, max) = match ch(this.c) {
                    '?' => (0, 1),
                    '*' => (0, MAXREPEAT),
                    '+' => (1, MAXREPEAT),
                    _ => {
                        if src.next.is_some_and(|t| t.is('}')) {
                            seq.push(Node::Lit(this.c));
                            continue;
                        }
                        let lo = src.getwhile(usize::MAX, is_digit)?;
                        let hi = if src.matches(',')? { src.getwhile(usize::MAX, is_digit)? } else { lo.clone() };
                        if !src.matches('}')? {
                            seq.push(Node::Lit(this.c));
                            src.seek(here)?;
                            continue;
                        }
                        let mut min = 0;
                        let mut max = MAXREPEAT;
                        if !lo.is_empty() {
                            let n = number(&lo, 10);
                            if n >= MAXREPEAT as u64 {
                                return Err(Error::Overflow("the repetition number is too large".into()));
                            }
                            min = n as u32;
                        }
                        if !hi.is_empty() {
                            let n = number(&hi, 10);
                            if n >= MAXREPEAT as u64 {
                                return Err(Error::Overflow("the repetition number is too large".into()));
                            }
                            max = n as u32;
                            if max < min {
                                return Err(src.error("min repeat greater than max repeat".into(), src.tell() - here));
                            }
                        }
                        (min, max)
                    }
                };
                let back = src.tell() - here + 1;
                let item = match seq.last() {
                    None | Some(Node::At(_)) => return Err(src.error("nothing to repeat".into(), back)),
                    Some(Node::Repeat { .. }) => return Err(src.error("multiple repeat".into(), back)),
                    Some(_) => seq.pop().unwrap(),
                };
                let body = match item {
                    Node::Group { index: None, add: 0, del: 0, body } => body,
                    other => vec![other],
                };
                let kind = if src.matches('?')? {
                    RepeatKind::Lazy
                } else if src.matches('+')? {
                    RepeatKind::Possessive
                } else {
                    RepeatKind::Greedy
                };
                seq.push(Node::Repeat { min, max, kind, body });
            }
            '.' => seq.push(Node::Any),
            '(' => {
                if let Some(node) = parse_group(src, state, &mut verbose, nested, first && seq.is_empty())? {
                    seq.push(node);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => seq.push(Node::Lit(this.c)),
        }
    }
    // Groups that neither capture nor change flags are spliced in.
    let mut out = Vec::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Group { index: None, add: 0, del: 0, body } => out.extend(body),
            other => out.push(other),
        }
    }
    Ok(out)
}

fn parse_set(src: &mut Source) -> Result<Node, Error> {
    let here = src.tell() - 1;
    let mut set: Vec<SetItem> = vec![];
    let negate = src.matches('^')?;
    loop {
        let Some(this) = src.get()? else {
            return Err(src.error("unterminated character set".into(), src.tell() - here));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = if this.escaped { class_escape(src, this.c)? } else { SetItem::Lit(this.c) };
        if src.matches('-')? {
            let Some(that) = src.get()? else {
                return Err(src.error("unterminated character set".into(), src.tell() - here));
            };
            if that.is(']') {
                set.push(code1);
                set.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = if that.escaped { class_escape(src, that.c)? } else { SetItem::Lit(that.c) };
            let msg = || format!("bad character range {}-{}", this.text(), that.text());
            let back = this.len() + 1 + that.len();
            match (code1, code2) {
                (SetItem::Lit(lo), SetItem::Lit(hi)) if hi >= lo => set.push(SetItem::Range(lo, hi)),
                _ => return Err(src.error(msg(), back)),
            }
        } else {
            set.push(code1);
        }
    }
    let mut uniq: Vec<SetItem> = vec![];
    for item in set {
        if !uniq.contains(&item) {
            uniq.push(item);
        }
    }
    if let [SetItem::Lit(c)] = uniq[..] {
        return Ok(if negate { Node::NotLit(c) } else { Node::Lit(c) });
    }
    Ok(Node::Set { negate, items: uniq })
}

/// What follows `(`: a group, an extension, or nothing (a comment or
/// global flags).
fn parse_group(
    src: &mut Source,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> Result<Option<Node>, Error> {
    let start = src.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0, 0);
    if src.matches('?')? {
        let Some(c) = src.get()? else {
            return Err(src.error("unexpected end of pattern".into(), 0));
        };
        let cc = if c.escaped { '\\' } else { ch(c.c) };
        match cc {
            'P' => {
                if src.matches('<')? {
                    let n = src.getuntil('>', "group name")?;
                    src.checkgroupname(&n, 1)?;
                    name = Some(n);
                } else if src.matches('=')? {
                    let n = src.getuntil(')', "group name")?;
                    src.checkgroupname(&n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(gid) = state.group_index(&n) else {
                        return Err(src.error(format!("unknown group name {}", py_repr(&n)), len));
                    };
                    if !state.checkgroup(gid) {
                        return Err(src.error("cannot refer to an open group".into(), len));
                    }
                    state.checklookbehindgroup(gid, src)?;
                    return Ok(Some(Node::GroupRef(gid)));
                } else {
                    let Some(c) = src.get()? else {
                        return Err(src.error("unexpected end of pattern".into(), 0));
                    };
                    return Err(src.error(format!("unknown extension ?P{}", c.text()), c.len() + 2));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if src.next.is_none() {
                        return Err(src.error("missing ), unterminated comment".into(), src.tell() - start));
                    }
                    if src.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut kind = cc;
                let mut behind = false;
                let mut outer_lookbehind = None;
                if cc == '<' {
                    let Some(c2) = src.get()? else {
                        return Err(src.error("unexpected end of pattern".into(), 0));
                    };
                    if !(c2.is('=') || c2.is('!')) {
                        return Err(src.error(format!("unknown extension ?<{}", c2.text()), c2.len() + 2));
                    }
                    kind = ch(c2.c);
                    behind = true;
                    outer_lookbehind = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(src, state, *verbose, nested + 1)?;
                if let Some(outer) = outer_lookbehind {
                    if outer.is_none() {
                        state.lookbehind_groups = None;
                    }
                }
                if !src.matches(')')? {
                    return Err(src.error("missing ), unterminated subpattern".into(), src.tell() - start));
                }
                return Ok(Some(Node::Assert { behind, negate: kind == '!', body }));
            }
            '(' => {
                let condname = src.getuntil(')', "group name")?;
                let len = condname.chars().count() + 1;
                let group;
                if is_identifier(&condname) {
                    let Some(g) = state.group_index(&condname) else {
                        return Err(src.error(format!("unknown group name {}", py_repr(&condname)), len));
                    };
                    group = g;
                } else {
                    let digits: Option<u64> = if !condname.is_empty() && condname.chars().all(|c| c.is_ascii_digit()) {
                        Some(condname.chars().fold(0u64, |n, c| n.saturating_mul(10).saturating_add(c as u64 - 48)))
                    } else {
                        None
                    };
                    let Some(n) = digits else {
                        return Err(src.error(format!("bad character in group name {}", py_repr(&condname)), len));
                    };
                    if n == 0 {
                        return Err(src.error("bad group number".into(), len));
                    }
                    if n >= MAXGROUPS as u64 {
                        return Err(src.error(format!("invalid group reference {n}"), len));
                    }
                    group = n as usize;
                    if !state.grouprefpos.iter().any(|&(g, _)| g == group) {
                        state.grouprefpos.push((group, src.tell() - len));
                    }
                }
                state.checklookbehindgroup(group, src)?;
                let yes = parse_seq(src, state, *verbose, nested + 1, false)?;
                let no = if src.matches('|')? {
                    let no = parse_seq(src, state, *verbose, nested + 1, false)?;
                    if src.next.is_some_and(|t| t.is('|')) {
                        return Err(src.error("conditional backref with more than two branches".into(), 0));
                    }
                    Some(no)
                } else {
                    None
                };
                if !src.matches(')')? {
                    return Err(src.error("missing ), unterminated subpattern".into(), src.tell() - start));
                }
                return Ok(Some(Node::GroupRefExists { group, yes, no }));
            }
            '>' => {
                capture = false;
                atomic = true;
            }
            _ if !c.escaped && (flag_of(c.c).is_some() || cc == '-') => match parse_flags(src, state, c.c)? {
                None => {
                    if !first {
                        return Err(
                            src.error("global flags not at the start of the expression".into(), src.tell() - start)
                        );
                    }
                    *verbose = state.flags & VERBOSE != 0;
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            },
            _ => return Err(src.error(format!("unknown extension ?{}", c.text()), c.len() + 1)),
        }
    }
    let index = if capture {
        let gid = state.groups();
        if gid >= MAXGROUPS {
            return Err(src.error("too many groups".into(), 0));
        }
        if let Some(n) = &name {
            if let Some(old) = state.group_index(n) {
                return Err(src.error(
                    format!("redefinition of group name {} as group {gid}; was group {old}", py_repr(n)),
                    n.chars().count() + 1,
                ));
            }
            state.names.push((n.clone(), gid));
        }
        state.widths.push(None);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (*verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
    let body = parse_sub(src, state, sub_verbose, nested + 1)?;
    if !src.matches(')')? {
        return Err(src.error("missing ), unterminated subpattern".into(), src.tell() - start));
    }
    if let Some(gid) = index {
        state.widths[gid] = Some(width(&body, state));
    }
    if atomic {
        return Ok(Some(Node::Atomic(body)));
    }
    Ok(Some(Node::Group { index, add, del, body }))
}

/// Inline flags after `(?`: None for global ones (`(?i)`), else the flags
/// a scoped group turns on and off.
fn parse_flags(src: &mut Source, state: &mut State, first: u32) -> Result<Option<(u32, u32)>, Error> {
    let mut add = 0;
    let mut del = 0;
    let mut c = Some(Tok { c: first, escaped: false });
    if first != '-' as u32 {
        loop {
            let this = c.unwrap().c;
            let flag = flag_of(this).unwrap();
            if src.istext {
                if this == 'L' as u32 {
                    return Err(src.error("bad inline flags: cannot use 'L' flag with a str pattern".into(), 0));
                }
            } else if this == 'u' as u32 {
                return Err(src.error("bad inline flags: cannot use 'u' flag with a bytes pattern".into(), 0));
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return Err(src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible".into(), 0));
            }
            c = src.get()?;
            let Some(t) = c else {
                return Err(src.error("missing -, : or )".into(), 0));
            };
            if t.is(')') || t.is('-') || t.is(':') {
                break;
            }
            if t.escaped || flag_of(t.c).is_none() {
                let alpha = !t.escaped && ch(t.c).is_alphabetic();
                let msg = if alpha { "unknown flag" } else { "missing -, : or )" };
                return Err(src.error(msg.into(), t.len()));
            }
        }
    }
    let t = c.unwrap();
    if t.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn on global flag".into(), 1));
    }
    if t.is('-') {
        let Some(mut t) = src.get()? else {
            return Err(src.error("missing flag".into(), 0));
        };
        if t.escaped || flag_of(t.c).is_none() {
            let alpha = !t.escaped && ch(t.c).is_alphabetic();
            return Err(src.error((if alpha { "unknown flag" } else { "missing flag" }).into(), t.len()));
        }
        loop {
            let flag = flag_of(t.c).unwrap();
            if flag & TYPE_FLAGS != 0 {
                return Err(src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'".into(), 0));
            }
            del |= flag;
            let Some(n) = src.get()? else {
                return Err(src.error("missing :".into(), 0));
            };
            if n.is(':') {
                break;
            }
            if n.escaped || flag_of(n.c).is_none() {
                let alpha = !n.escaped && ch(n.c).is_alphabetic();
                return Err(src.error((if alpha { "unknown flag" } else { "missing :" }).into(), n.len()));
            }
            t = n;
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return Err(src.error("bad inline flags: cannot turn off global flag".into(), 1));
    }
    if add & del != 0 {
        return Err(src.error("bad inline flags: flag turned on and off".into(), 1));
    }
    Ok(Some((add, del)))
}
