//! The matcher: runs a compiled program (`compile.rs`) over a string by
//! backtracking, trying alternatives in order as CPython's SRE does, so
//! that which match is found (leftmost, first alternative, greedy or lazy
//! repeats, the groups' last iterations) is CPython's.
//!
//! State lives in slots (group starts and ends), the last group closed and
//! one register per repeat (iterations done, where the last optional
//! iteration began). Every change to them is logged on the backtrack
//! stack, between the choice points, and undone when backtracking passes
//! it; atomic groups and lookarounds cut the choice points above their
//! start but keep the undo entries, so what they set can still be undone.

use super::compile::{Anchor, Fold, Inst, Item, Program};
use super::parse::{RepeatKind, MAXREPEAT};

/// What a slot holds when its group has not matched.
pub const UNSET: usize = usize::MAX;

/// The subject: a str's code points or a bytes object's bytes.
pub trait Text {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Text for [u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
}

impl Text for [u32] {
    #[inline]
    fn len(&self) -> usize {
        <[u32]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i]
    }
}

/// How much of the string a match must cover.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Anchored at `pos` (`match`).
    Match,
    /// Anchored at both ends (`fullmatch`).
    Full,
    /// Anywhere from `pos` on (`search`).
    Search,
}

/// A match: each group's start and end (UNSET when it did not take
/// part) and the last group closed (0 for none).
pub struct Captures {
    pub slots: Vec<usize>,
    pub lastindex: usize,
}

/// A match as the searcher holds it, until its next search: loops over
/// every match (`sub`, `findall`, `split`) read it without copying.
#[derive(Clone, Copy)]
pub struct CapturesRef<'a> {
    pub slots: &'a [usize],
    pub lastindex: usize,
}

impl CapturesRef<'_> {
    pub fn to_owned(self) -> Captures {
        Captures { slots: self.slots.to_vec(), lastindex: self.lastindex }
    }
}

enum Frame {
    Alt {
        pc: usize,
        pos: usize,
    },
    Slot {
        idx: usize,
        old: usize,
    },
    LastIndex(usize),
    Reg {
        reg: usize,
        old: (u32, usize),
    },
    /// A greedy one-character repeat that can give back characters down
    /// to `min_pos`; it last went on from `pos`.
    Greedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// A lazy one-character repeat that can take one more character; it
    /// has taken `count`.
    Lazy {
        pc: usize,
        pos: usize,
        count: u32,
    },
    Atomic,
    Look {
        negate: bool,
        pos: usize,
        end: usize,
    },
}

impl Frame {
    fn is_undo(&self) -> bool {
        matches!(self, Frame::Slot { .. } | Frame::LastIndex(_) | Frame::Reg { .. })
    }
}

struct Matcher<'a, T: Text + ?Sized> {
    prog: &'a Program,
    text: &'a T,
    /// `endpos`: the string ends here for matching.
    end: usize,
    slots: Vec<usize>,
    lastindex: usize,
    regs: Vec<(u32, usize)>,
    stack: Vec<Frame>,
    /// How many frames on the stack are not undo entries: with none,
    /// nothing can be retried, so changes need no undo entry.
    choices: usize,
}

impl<T: Text + ?Sized> Matcher<'_, T> {
    #[inline(always)]
    fn test(&self, item: &Item, c: u32) -> bool {
        match item {
            Item::Char(d) => c == *d,
            Item::NotChar(d) => c != *d,
            Item::OneOf(ds) => ds.contains(&c),
            Item::NoneOf(ds) => !ds.contains(&c),
            Item::Any => c != '\n' as u32,
            Item::AnyAll => true,
            Item::Set(i) => self.prog.sets[*i].matches(c),
        }
    }

    fn is_word(&self, i: usize, unicode: bool) -> bool {
        let c = self.text.at(i);
        if unicode {
            super::compile::Class { cat: super::parse::Cat::Word, unicode: true }.matches(c)
        } else {
            c < 128 && ((c as u8).is_ascii_alphanumeric() || c == '_' as u32)
        }
    }

    fn anchor(&self, a: Anchor, pos: usize) -> bool {
        let end = self.end;
        let nl = '\n' as u32;
        match a {
            Anchor::Beginning => pos == 0,
            Anchor::BeginningLine => pos == 0 || self.text.at(pos - 1) == nl,
            Anchor::End => pos == end || (pos + 1 == end && self.text.at(pos) == nl),
            Anchor::EndLine => pos == end || self.text.at(pos) == nl,
            Anchor::EndString => pos == end,
            Anchor::Boundary { unicode } | Anchor::NonBoundary { unicode } => {
                if end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word(pos - 1, unicode);
                let after = pos < end && self.is_word(pos, unicode);
                (before != after) == matches!(a, Anchor::Boundary { .. })
            }
        }
    }

    /// Logs an undo entry, when something could be retried.
    #[inline]
    fn log(&mut self, undo: Frame) {
        if self.choices > 0 {
            self.stack.push(undo);
        }
    }

    /// Pushes a choice point, an atomic group's or a lookaround's frame.
    #[inline]
    fn push_choice(&mut self, f: Frame) {
        self.choices += 1;
        self.stack.push(f);
    }

    fn pop(&mut self) -> Option<Frame> {
        let f = self.stack.pop()?;
        if !f.is_undo() {
            self.choices -= 1;
        }
        Some(f)
    }

    fn set_slot(&mut self, idx: usize, pos: usize) {
        self.log(Frame::Slot { idx, old: self.slots[idx] });
        self.slots[idx] = pos;
    }

    fn set_reg(&mut self, reg: usize, value: (u32, usize)) {
        self.log(Frame::Reg { reg, old: self.regs[reg] });
        self.regs[reg] = value;
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        (s != UNSET && e != UNSET && s <= e).then_some((s, e))
    }

    fn same(&self, a: u32, b: u32, fold: Fold) -> bool {
        a == b
            || match fold {
                Fold::Exact => false,
                Fold::Ascii => a < 128 && b < 128 && (a as u8).eq_ignore_ascii_case(&(b as u8)),
                Fold::Unicode => super::case::canon(a) == super::case::canon(b),
            }
    }

    /// Drops the choice points above the innermost atomic group or
    /// lookaround, and its frame, keeping what they would undo.
    fn cut(&mut self) -> Frame {
        let k = self.stack.iter().rposition(|f| matches!(f, Frame::Atomic | Frame::Look { .. })).expect("a barrier");
        let barrier = self.stack.remove(k);
        let mut w = k;
        for r in k..self.stack.len() {
            if self.stack[r].is_undo() {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        // The barrier and the choice points above it are gone.
        self.choices -= 1 + (self.stack.len() - w);
        self.stack.truncate(w);
        barrier
    }

    /// The position a greedy one-character repeat at `pc` gives back to,
    /// below `pos` and not below `min_pos`, where what follows can start.
    fn give_back(&self, pc: usize, min_pos: usize, mut pos: usize) -> Option<usize> {
        let next = match self.prog.insts.get(pc + 1) {
            Some(Inst::Item(Item::Char(c))) => Some(*c),
            Some(Inst::Lit(text)) => Some(text[0]),
            _ => None,
        };
        while pos > min_pos {
            pos -= 1;
            match next {
                Some(c) if pos >= self.end || self.text.at(pos) != c => continue,
                _ => return Some(pos),
            }
        }
        None
    }

    /// Runs the program from `start`; true when it matched.
    fn run(&mut self, start: usize, full: bool, must_advance: bool) -> bool {
        let insts = &self.prog.insts;
        let mut pc = 0;
        let mut pos = start;
        self.slots[0] = start;
        'fail: loop {
            // Go forward until an instruction fails.
            loop {
                match &insts[pc] {
                    Inst::Item(item) => {
                        if pos < self.end && self.test(item, self.text.at(pos)) {
                            pos += 1;
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Lit(text) => {
                        let n = text.len();
                        if self.end - pos >= n && text.iter().enumerate().all(|(i, &c)| self.text.at(pos + i) == c) {
                            pos += n;
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::At(a) => {
                        if self.anchor(*a, pos) {
                            pc += 1;
                        } else {
                            break;
                        }
                    }
                    Inst::Save(idx) => {
                        self.set_slot(*idx, pos);
                        if idx % 2 == 1 && *idx > 1 {
                            self.log(Frame::LastIndex(self.lastindex));
                            self.lastindex = idx / 2;
                        }
                        pc += 1;
                    }
                    Inst::Split(a, b) => {
                        self.push_choice(Frame::Alt { pc: *b, pos });
                        pc = *a;
                    }
                    Inst::Jmp(t) => pc = *t,
                    Inst::Star { item, min, max, kind } => {
                        let room = self.end - pos;
                        let limit = if *max == MAXREPEAT { room } else { room.min(*max as usize) };
                        let want = if *kind == RepeatKind::Lazy { limit.min(*min as usize) } else { limit };
                        // The loop for a set (the usual repeated item) tests it directly.
                        let mut n = 0;
                        if let Item::Set(i) = item {
                            let set = &self.prog.sets[*i];
                            while n < want && set.matches(self.text.at(pos + n)) {
                                n += 1;
                            }
                        } else {
                            while n < want && self.test(item, self.text.at(pos + n)) {
                                n += 1;
                            }
                        }
                        if n < *min as usize {
                            break;
                        }
                        match kind {
                            RepeatKind::Possessive => pos += n,
                            RepeatKind::Lazy => {
                                pos += n;
                                if n < limit {
                                    self.push_choice(Frame::Lazy { pc, pos, count: n as u32 });
                                }
                            }
                            RepeatKind::Greedy => {
                                let min_pos = pos + *min as usize;
                                let top = pos + n;
                                // Go on from the longest run if what follows
                                // can start there, else from the first
                                // shorter one where it can.
                                let next_char = match insts.get(pc + 1) {
                                    Some(Inst::Item(Item::Char(c))) => Some(*c),
                                    Some(Inst::Lit(text)) => Some(text[0]),
                                    _ => None,
                                };
                                let first = match next_char {
                                    Some(c) if top >= self.end || self.text.at(top) != c => {
                                        match self.give_back(pc, min_pos, top) {
                                            Some(p) => p,
                                            None => break,
                                        }
                                    }
                                    _ => top,
                                };
                                if first > min_pos {
                                    self.push_choice(Frame::Greedy { pc, min_pos, pos: first });
                                }
                                pos = first;
                            }
                        }
                        pc += 1;
                    }
                    Inst::RepInit { reg } => {
                        self.set_reg(*reg, (0, UNSET));
                        pc += 1;
                    }
                    Inst::RepLoop { reg, min, max, lazy, exit } => {
                        let (count, last) = self.regs[*reg];
                        if count < *min {
                            pc += 1;
                        } else {
                            let more = (*max == MAXREPEAT || count < *max) && pos != last;
                            if !*lazy {
                                if more {
                                    self.push_choice(Frame::Alt { pc: *exit, pos });
                                    self.set_reg(*reg, (count, pos));
                                    pc += 1;
                                } else {
                                    pc = *exit;
                                }
                            } else {
                                if more {
                                    self.push_choice(Frame::Alt { pc: *exit - 1, pos });
                                }
                                pc = *exit;
                            }
                        }
                    }
                    Inst::RepNext { reg, looppc } => {
                        let (count, last) = self.regs[*reg];
                        self.set_reg(*reg, (count + 1, last));
                        pc = *looppc;
                    }
                    Inst::RepLazyIter { reg, body } => {
                        let (count, _) = self.regs[*reg];
                        self.set_reg(*reg, (count, pos));
                        pc = *body;
                    }
                    Inst::Backref { group, fold } => {
                        let Some((s, e)) = self.group_span(*group) else { break };
                        let len = e - s;
                        if self.end - pos < len
                            || !(0..len).all(|i| self.same(self.text.at(s + i), self.text.at(pos + i), *fold))
                        {
                            break;
                        }
                        pos += len;
                        pc += 1;
                    }
                    Inst::GroupExists { group, no } => {
                        pc = if self.group_span(*group).is_some() { pc + 1 } else { *no };
                    }
                    Inst::AtomicStart => {
                        self.push_choice(Frame::Atomic);
                        pc += 1;
                    }
                    Inst::AtomicEnd => {
                        self.cut();
                        pc += 1;
                    }
                    Inst::LookStart { negate, back, end } => {
                        match back {
                            Some(b) if pos < *b => {
                                // Nothing to look at behind: the assertion
                                // fails, so a negative one holds.
                                if *negate {
                                    pc = *end;
                                    continue;
                                }
                                break;
                            }
                            _ => {}
                        }
                        self.push_choice(Frame::Look { negate: *negate, pos, end: *end });
                        pos -= back.unwrap_or(0);
                        pc += 1;
                    }
                    Inst::LookEnd => {
                        let k = self.stack.iter().rposition(|f| matches!(f, Frame::Look { .. })).expect("a lookaround");
                        let Frame::Look { negate, pos: saved, end } = self.stack[k] else { unreachable!() };
                        if negate {
                            // What it looked for is there: undo what it
                            // set, then fail.
                            while self.stack.len() > k + 1 {
                                let f = self.pop().unwrap();
                                self.undo(f);
                            }
                            self.pop();
                            break;
                        }
                        self.cut();
                        pos = saved;
                        pc = end;
                    }
                    Inst::Match => {
                        if (full && pos != self.end) || (must_advance && pos == start) {
                            break;
                        }
                        self.slots[1] = pos;
                        return true;
                    }
                }
            }
            // Backtrack to the latest choice point.
            loop {
                let Some(frame) = self.pop() else { return false };
                match frame {
                    Frame::Alt { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        continue 'fail;
                    }
                    Frame::Greedy { pc: p, min_pos, pos: q } => {
                        if let Some(r) = self.give_back(p, min_pos, q) {
                            if r > min_pos {
                                self.push_choice(Frame::Greedy { pc: p, min_pos, pos: r });
                            }
                            pc = p + 1;
                            pos = r;
                            continue 'fail;
                        }
                    }
                    Frame::Lazy { pc: p, pos: q, count } => {
                        let Inst::Star { item, max, .. } = &insts[p] else { unreachable!() };
                        if q < self.end && self.test(item, self.text.at(q)) {
                            let count = count + 1;
                            if (*max == MAXREPEAT || count < *max) && q + 1 < self.end {
                                self.push_choice(Frame::Lazy { pc: p, pos: q + 1, count });
                            }
                            pc = p + 1;
                            pos = q + 1;
                            continue 'fail;
                        }
                    }
                    Frame::Look { negate: true, pos: q, end } => {
                        // What a negative lookaround looked for is absent.
                        pc = end;
                        pos = q;
                        continue 'fail;
                    }
                    Frame::Look { .. } | Frame::Atomic => {}
                    undo => self.undo(undo),
                }
            }
        }
    }

    fn undo(&mut self, frame: Frame) {
        match frame {
            Frame::Slot { idx, old } => self.slots[idx] = old,
            Frame::LastIndex(old) => self.lastindex = old,
            Frame::Reg { reg, old } => self.regs[reg] = old,
            _ => {}
        }
    }

    fn reset(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = UNSET);
        self.lastindex = 0;
        self.stack.clear();
        self.choices = 0;
    }
}

/// Finds matches of one program in one string, reusing its state from
/// one match to the next.
pub struct Searcher<'a, T: Text + ?Sized> {
    m: Matcher<'a, T>,
}

thread_local! {
    /// A backtrack stack kept from one search to the next, so that a
    /// search does not grow a new one.
    static SPARE_STACK: std::cell::Cell<Vec<Frame>> = const { std::cell::Cell::new(Vec::new()) };
}

impl<'a, T: Text + ?Sized> Searcher<'a, T> {
    /// A searcher of `text[..endpos]`.
    pub fn new(prog: &'a Program, text: &'a T, endpos: usize) -> Self {
        Searcher {
            m: Matcher {
                prog,
                text,
                end: endpos.min(text.len()),
                slots: vec![UNSET; 2 * prog.groups],
                lastindex: 0,
                regs: vec![(0, UNSET); prog.regs],
                stack: SPARE_STACK.with(|s| s.take()),
                choices: 0,
            },
        }
    }

    /// The one match wanted from this searcher: its slots are handed over.
    pub fn find_once(mut self, pos: usize, mode: Mode, must_advance: bool) -> Option<Captures> {
        let lastindex = self.find_ref(pos, mode, must_advance)?.lastindex;
        Some(Captures { slots: std::mem::take(&mut self.m.slots), lastindex })
    }

    /// The match from `pos` (`mode` says how anchored), read in place.
    /// `must_advance` refuses an empty match at `pos` (the rule that keeps
    /// `finditer` and `sub` moving after an empty match).
    pub fn find_ref(&mut self, pos: usize, mode: Mode, must_advance: bool) -> Option<CapturesRef<'_>> {
        let m = &mut self.m;
        let end = m.end;
        if pos > end {
            return None;
        }
        m.reset();
        let prog = m.prog;
        let found = if mode != Mode::Search || prog.anchored {
            if mode == Mode::Search && pos > 0 {
                return None;
            }
            m.run(pos, mode == Mode::Full, must_advance)
        } else {
            let mut start = pos;
            loop {
                if let Some(first) = &prog.first {
                    while start < end && !m.test(first, m.text.at(start)) {
                        start += 1;
                    }
                    if start >= end {
                        break false;
                    }
                }
                if m.run(start, false, must_advance && start == pos) {
                    break true;
                }
                if start >= end {
                    break false;
                }
                start += 1;
                m.reset();
            }
        };
        found.then(|| CapturesRef { slots: &m.slots, lastindex: m.lastindex })
    }
}

impl<T: Text + ?Sized> Drop for Searcher<'_, T> {
    fn drop(&mut self) {
        let mut stack = std::mem::take(&mut self.m.stack);
        stack.clear();
        SPARE_STACK.with(|s| s.set(stack));
    }
}
