//! Pattern trees (`parse.rs`) to programs for the backtracking matcher
//! (`engine.rs`). Flags are settled here, once per node: IGNORECASE turns
//! a literal into the set of characters CPython treats as equal to it and
//! closes character sets the same way, so the matcher never folds case;
//! MULTILINE, DOTALL, ASCII and LOCALE pick the anchors, dot and classes.

use super::case;
use super::flags::*;
use super::parse::{self, At, Cat, Node, RepeatKind, SetItem, MAXREPEAT};

/// A zero-width test, its flags settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Beginning,
    BeginningLine,
    End,
    EndLine,
    EndString,
    Boundary { unicode: bool },
    NonBoundary { unicode: bool },
}

/// A class `\d \s \w`, ASCII-only or on all of Unicode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Class {
    pub cat: Cat,
    pub unicode: bool,
}

impl Class {
    pub fn matches(self, c: u32) -> bool {
        use crate::types::unicode_tables as t;
        let (base, negated) = match self.cat {
            Cat::Digit => (Cat::Digit, false),
            Cat::NotDigit => (Cat::Digit, true),
            Cat::Space => (Cat::Space, false),
            Cat::NotSpace => (Cat::Space, true),
            Cat::Word => (Cat::Word, false),
            Cat::NotWord => (Cat::Word, true),
        };
        let hit = if c < 128 || !self.unicode {
            let Ok(b) = u8::try_from(c) else { return negated };
            match base {
                Cat::Digit => b.is_ascii_digit(),
                Cat::Space => matches!(b, b' ' | b'\t'..=b'\r') || (self.unicode && (0x1c..=0x1f).contains(&b)),
                _ => b.is_ascii_alphanumeric() || b == b'_',
            }
        } else {
            let table = match base {
                Cat::Digit => t::DECIMAL,
                Cat::Space => t::SPACE,
                _ => t::WORD,
            };
            in_ranges(table, c)
        };
        hit != negated
    }
}

use crate::types::unicode::in_table as in_ranges;

/// A character set: a bitmap for ASCII (classes included), sorted
/// disjoint ranges and classes for the rest.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub negate: bool,
    pub ascii: u128,
    pub ranges: Vec<(u32, u32)>,
    pub classes: Vec<Class>,
}

impl CharSet {
    #[inline(always)]
    pub fn matches(&self, c: u32) -> bool {
        let hit = if c < 128 { self.ascii >> c & 1 != 0 } else { self.matches_wide(c) };
        hit != self.negate
    }

    #[inline(never)]
    fn matches_wide(&self, c: u32) -> bool {
        in_ranges(&self.ranges, c) || self.classes.iter().any(|k| k.matches(c))
    }
}

/// One character test.
#[derive(Clone, Debug)]
pub enum Item {
    Char(u32),
    NotChar(u32),
    /// Any of a few characters (a literal under IGNORECASE).
    OneOf(Box<[u32]>),
    NoneOf(Box<[u32]>),
    /// `.` without DOTALL.
    Any,
    AnyAll,
    Set(usize),
}

#[derive(Clone, Debug)]
pub enum Inst {
    Item(Item),
    /// Several characters in a row.
    Lit(Box<[u32]>),
    At(Anchor),
    /// Records the position in a group's start (even) or end (odd) slot.
    Save(usize),
    /// Goes on at the first target; on failure, at the second.
    Split(usize, usize),
    Jmp(usize),
    /// A repeat of one character test, `min..=max` times.
    Star {
        item: Item,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    /// Starts a repeat of a longer body: its register counts iterations.
    RepInit {
        reg: usize,
    },
    /// Decides whether to run the body (which follows) once more or go
    /// on at `exit`, as CPython's MAX_UNTIL/MIN_UNTIL do.
    RepLoop {
        reg: usize,
        min: u32,
        max: u32,
        lazy: bool,
        exit: usize,
    },
    /// The end of an iteration: counts it and goes back to the loop.
    RepNext {
        reg: usize,
        looppc: usize,
    },
    /// A lazy repeat's deferred iteration, taken on backtracking.
    RepLazyIter {
        reg: usize,
        body: usize,
    },
    Backref {
        group: usize,
        fold: Fold,
    },
    GroupExists {
        group: usize,
        no: usize,
    },
    /// `(?>...)`, and a possessive repeat's body.
    AtomicStart,
    AtomicEnd,
    /// A lookaround; `back` is how far a lookbehind steps back, `end`
    /// the instruction after the assertion.
    LookStart {
        negate: bool,
        back: Option<usize>,
        end: usize,
    },
    LookEnd,
    Match,
}

/// How a backreference compares characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    Exact,
    Ascii,
    Unicode,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    pub regs: usize,
    /// Groups counting group 0.
    pub groups: usize,
    /// Whether a match can only start at the beginning of the string.
    pub anchored: bool,
    /// A test the first character of every match passes, when there is
    /// one (a search skips the positions where it fails).
    pub first: Option<Item>,
}

struct Compiler {
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    regs: usize,
    group_widths: Vec<(u64, u64)>,
}

fn settle(flags: u32, add: u32, del: u32) -> u32 {
    let mut f = (flags | add) & !del;
    if add & (ASCII | LOCALE | UNICODE) != 0 {
        f = (f & !(ASCII | LOCALE | UNICODE)) | (add & (ASCII | LOCALE | UNICODE));
    }
    f
}

fn is_unicode(flags: u32) -> bool {
    flags & UNICODE != 0 && flags & ASCII == 0
}

/// The characters IGNORECASE makes equal to `c` (itself first).
fn equivalents(c: u32, flags: u32) -> Vec<u32> {
    if is_unicode(flags) {
        match case::class_of(c) {
            Some(cls) => {
                let mut v = vec![c];
                v.extend(cls.iter().copied().filter(|&d| d != c));
                v
            }
            None => vec![c],
        }
    } else {
        match char::from_u32(c).filter(char::is_ascii_alphabetic) {
            Some(ch) => vec![c, (ch as u8 ^ 0x20) as u32],
            None => vec![c],
        }
    }
}

fn merge(mut ranges: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    ranges.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for (lo, hi) in ranges {
        match out.last_mut() {
            Some(last) if lo <= last.1.saturating_add(1) => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

/// What an item can match: its ASCII characters, and whether it can
/// match any other.
fn reach(item: &Item, sets: &[CharSet]) -> (u128, bool) {
    let all = u128::MAX;
    let bit = |c: u32| if c < 128 { 1u128 << c } else { 0 };
    match item {
        Item::Char(c) => (bit(*c), *c >= 128),
        Item::OneOf(cs) => (cs.iter().fold(0, |m, &c| m | bit(c)), cs.iter().any(|&c| c >= 128)),
        Item::NotChar(c) => (all & !bit(*c), true),
        Item::NoneOf(cs) => (all & !cs.iter().fold(0, |m, &c| m | bit(c)), true),
        Item::Any => (all & !bit('\n' as u32), true),
        Item::AnyAll => (all, true),
        Item::Set(i) => {
            let set = &sets[*i];
            let ascii = if set.negate { !set.ascii } else { set.ascii };
            (ascii, set.negate || !set.classes.is_empty() || set.ranges.iter().any(|&(_, hi)| hi >= 128))
        }
    }
}

impl Compiler {
    /// Makes a greedy one-character repeat possessive when what follows
    /// it must start with a character it cannot match: giving characters
    /// back could then never let the rest match, so it keeps no choice
    /// point (PCRE's auto-possessification).
    fn possessify(&mut self) {
        for pc in 0..self.insts.len() {
            let Inst::Star { item, kind: RepeatKind::Greedy, .. } = &self.insts[pc] else { continue };
            let next = self.insts[pc + 1..].iter().find(|i| !matches!(i, Inst::Save(_)));
            let follow = match next {
                Some(Inst::Item(follow)) => follow.clone(),
                Some(Inst::Lit(text)) => Item::Char(text[0]),
                _ => continue,
            };
            let follow = &follow;
            let (a, a_wide) = reach(item, &self.sets);
            let (b, b_wide) = reach(follow, &self.sets);
            if a & b == 0 && !(a_wide && b_wide) {
                if let Inst::Star { kind, .. } = &mut self.insts[pc] {
                    *kind = RepeatKind::Possessive;
                }
            }
        }
    }

    fn emit(&mut self, inst: Inst) -> usize {
        self.insts.push(inst);
        self.insts.len() - 1
    }

    fn set(&mut self, negate: bool, items: &[SetItem], flags: u32) -> Item {
        let fold = flags & IGNORECASE != 0;
        let unicode = is_unicode(flags);
        let mut ranges = vec![];
        let mut classes = vec![];
        for item in items {
            match *item {
                SetItem::Lit(c) => {
                    if fold {
                        ranges.extend(equivalents(c, flags).into_iter().map(|d| (d, d)));
                    } else {
                        ranges.push((c, c));
                    }
                }
                SetItem::Range(lo, hi) => {
                    ranges.push((lo, hi));
                    if fold {
                        if unicode {
                            for cls in case::classes_in(lo, hi) {
                                ranges.extend(cls.iter().map(|&d| (d, d)));
                            }
                        } else {
                            let (a, b) = (lo.max('A' as u32), hi.min('Z' as u32));
                            if a <= b {
                                ranges.push((a + 32, b + 32));
                            }
                            let (a, b) = (lo.max('a' as u32), hi.min('z' as u32));
                            if a <= b {
                                ranges.push((a - 32, b - 32));
                            }
                        }
                    }
                }
                SetItem::Cat(cat) => classes.push(Class { cat, unicode }),
            }
        }
        let ranges = merge(ranges);
        let mut ascii = 0u128;
        for c in 0..128u32 {
            if in_ranges(&ranges, c) || classes.iter().any(|k| k.matches(c)) {
                ascii |= 1 << c;
            }
        }
        self.sets.push(CharSet { negate, ascii, ranges, classes });
        Item::Set(self.sets.len() - 1)
    }

    fn literal(&self, c: u32, negate: bool, flags: u32) -> Item {
        if flags & IGNORECASE != 0 {
            let eq = equivalents(c, flags);
            if eq.len() > 1 {
                let eq = eq.into_boxed_slice();
                return if negate { Item::NoneOf(eq) } else { Item::OneOf(eq) };
            }
        }
        if negate {
            Item::NotChar(c)
        } else {
            Item::Char(c)
        }
    }

    /// The node as one character test, if it is one.
    fn item(&mut self, node: &Node, flags: u32) -> Option<Item> {
        Some(match node {
            Node::Lit(c) => self.literal(*c, false, flags),
            Node::NotLit(c) => self.literal(*c, true, flags),
            Node::Any => {
                if flags & DOTALL != 0 {
                    Item::AnyAll
                } else {
                    Item::Any
                }
            }
            Node::Cat(cat) => self.set(false, &[SetItem::Cat(*cat)], flags),
            Node::Set { negate, items } => self.set(*negate, items, flags),
            _ => return None,
        })
    }

    fn seq(&mut self, nodes: &[Node], flags: u32) -> Result<(), parse::Error> {
        let mut i = 0;
        while i < nodes.len() {
            // A run of literals (case matters) is one instruction.
            let run = nodes[i..].iter().take_while(|n| matches!(n, Node::Lit(_)) && flags & IGNORECASE == 0).count();
            if run > 1 {
                let text: Vec<u32> = nodes[i..i + run]
                    .iter()
                    .map(|n| match n {
                        Node::Lit(c) => *c,
                        _ => unreachable!("a literal"),
                    })
                    .collect();
                self.emit(Inst::Lit(text.into_boxed_slice()));
                i += run;
                continue;
            }
            self.node(&nodes[i], flags)?;
            i += 1;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, flags: u32) -> Result<(), parse::Error> {
        if let Some(item) = self.item(node, flags) {
            self.emit(Inst::Item(item));
            return Ok(());
        }
        match node {
            Node::At(at) => {
                let multiline = flags & MULTILINE != 0;
                let unicode = is_unicode(flags);
                let anchor = match at {
                    At::Beginning if multiline => Anchor::BeginningLine,
                    At::Beginning | At::BeginningString => Anchor::Beginning,
                    At::End if multiline => Anchor::EndLine,
                    At::End => Anchor::End,
                    At::EndString => Anchor::EndString,
                    At::Boundary => Anchor::Boundary { unicode },
                    At::NonBoundary => Anchor::NonBoundary { unicode },
                };
                self.emit(Inst::At(anchor));
            }
            Node::Group { index, add, del, body } => {
                let inner = settle(flags, *add, *del);
                if let Some(g) = index {
                    self.emit(Inst::Save(2 * g));
                    self.seq(body, inner)?;
                    self.emit(Inst::Save(2 * g + 1));
                } else {
                    self.seq(body, inner)?;
                }
            }
            Node::Alt(alts) => {
                let mut jumps = vec![];
                for (i, alt) in alts.iter().enumerate() {
                    if i + 1 < alts.len() {
                        let split = self.emit(Inst::Split(0, 0));
                        self.seq(alt, flags)?;
                        jumps.push(self.emit(Inst::Jmp(0)));
                        let next = self.insts.len();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.seq(alt, flags)?;
                    }
                }
                let end = self.insts.len();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat { min, max, kind, body } => self.repeat(*min, *max, *kind, body, flags)?,
            Node::Atomic(body) => {
                self.emit(Inst::AtomicStart);
                self.seq(body, flags)?;
                self.emit(Inst::AtomicEnd);
            }
            Node::Assert { behind, negate, body } => {
                let back = if *behind {
                    let (lo, hi) = parse::widths(body, &self.group_widths);
                    if lo != hi {
                        return Err(parse::Error::Syntax("look-behind requires fixed-width pattern".into(), None));
                    }
                    if lo > MAXREPEAT as u64 {
                        return Err(parse::Error::Syntax("looks too much behind".into(), None));
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let start = self.emit(Inst::LookStart { negate: *negate, back, end: 0 });
                self.seq(body, flags)?;
                self.emit(Inst::LookEnd);
                let end = self.insts.len();
                self.insts[start] = Inst::LookStart { negate: *negate, back, end };
            }
            Node::GroupRef(g) => {
                let fold = if flags & IGNORECASE == 0 {
                    Fold::Exact
                } else if is_unicode(flags) {
                    Fold::Unicode
                } else {
                    Fold::Ascii
                };
                self.emit(Inst::Backref { group: *g, fold });
            }
            Node::GroupRefExists { group, yes, no } => {
                let test = self.emit(Inst::GroupExists { group: *group, no: 0 });
                self.seq(yes, flags)?;
                match no {
                    Some(no) => {
                        let jmp = self.emit(Inst::Jmp(0));
                        let no_pc = self.insts.len();
                        self.seq(no, flags)?;
                        let end = self.insts.len();
                        self.insts[jmp] = Inst::Jmp(end);
                        self.insts[test] = Inst::GroupExists { group: *group, no: no_pc };
                    }
                    None => {
                        let end = self.insts.len();
                        self.insts[test] = Inst::GroupExists { group: *group, no: end };
                    }
                }
            }
            _ => unreachable!("a character test is compiled above"),
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, kind: RepeatKind, body: &[Node], flags: u32) -> Result<(), parse::Error> {
        if let [one] = body {
            if let Some(item) = self.item(one, flags) {
                self.emit(Inst::Star { item, min, max, kind });
                return Ok(());
            }
        }
        // An exact count of a short body is the body that many times
        // (every iteration is required, so no empty-iteration rule applies).
        if min == max && kind != RepeatKind::Possessive && (min as usize) * body.len() <= 16 {
            for _ in 0..min {
                self.seq(body, flags)?;
            }
            return Ok(());
        }
        if kind == RepeatKind::Possessive {
            self.emit(Inst::AtomicStart);
            self.repeat(min, max, RepeatKind::Greedy, body, flags)?;
            self.emit(Inst::AtomicEnd);
            return Ok(());
        }
        let reg = self.regs;
        self.regs += 1;
        self.emit(Inst::RepInit { reg });
        let looppc = self.emit(Inst::RepLoop { reg, min, max, lazy: false, exit: 0 });
        let body_pc = self.insts.len();
        self.seq(body, flags)?;
        self.emit(Inst::RepNext { reg, looppc });
        let lazy = kind == RepeatKind::Lazy;
        let exit = if lazy {
            // The deferred iteration sits after the loop, jumped over.
            let skip = self.emit(Inst::Jmp(0));
            self.emit(Inst::RepLazyIter { reg, body: body_pc });
            let exit = self.insts.len();
            self.insts[skip] = Inst::Jmp(exit);
            exit
        } else {
            self.insts.len()
        };
        self.insts[looppc] = Inst::RepLoop { reg, min, max, lazy, exit };
        Ok(())
    }
}

/// Compiles a parsed pattern.
pub fn compile(parsed: &parse::Parsed, group_widths: Vec<(u64, u64)>) -> Result<Program, parse::Error> {
    let mut c = Compiler { insts: vec![], sets: vec![], regs: 0, group_widths };
    c.seq(&parsed.nodes, parsed.flags)?;
    c.emit(Inst::Match);
    c.possessify();
    let anchored = matches!(c.insts.first(), Some(Inst::At(Anchor::Beginning)));
    // The first instruction that reads a character, past group starts.
    let first = match c.insts.iter().find(|i| !matches!(i, Inst::Save(_))) {
        Some(Inst::Item(item)) => Some(item.clone()),
        Some(Inst::Lit(text)) => Some(Item::Char(text[0])),
        Some(Inst::Star { item, min, .. }) if *min > 0 => Some(item.clone()),
        _ => None,
    };
    Ok(Program { insts: c.insts, sets: c.sets, regs: c.regs, groups: parsed.groups, anchored, first })
}
