//! `re.Pattern`, `re.Match` and the scanner `Pattern.scanner()` makes:
//! native objects, as CPython's are, so that their attributes are
//! read-only and matching, group extraction, `findall`, `split` and `sub`
//! run without a Python frame per step. What only Python knows is handed
//! over once at import (`_pyaot_setup`): `re.error` (raised for bad
//! patterns and templates) and the template parser (`re._parse_template`).

use crate::types::str::surrogates::{code_points, Wtf8Buf};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::compile::Program;
use super::engine::{Captures, CapturesRef, Mode, Searcher, UNSET};
use super::parse;
use crate::object::exc::{PyErr, PyResult, INDEX_ERROR};
use crate::object::layout::native::{NativeObj, NativeType};
use crate::object::value::Value;
use crate::types::native;

struct Hooks {
    error: Value,
    parse_template: Value,
}

thread_local! {
    static HOOKS: RefCell<Option<Rc<Hooks>>> = const { RefCell::new(None) };
}

fn hooks() -> Rc<Hooks> {
    HOOKS.with(|h| h.borrow().clone()).expect("re's Python half sets its hooks at import")
}

/// `_pyaot_setup(error, parse_template)`.
pub fn setup(args: &[Value]) {
    let h = Hooks { error: args[0].clone(), parse_template: args[1].clone() };
    HOOKS.with(|slot| *slot.borrow_mut() = Some(Rc::new(h)));
}

/// `re.error(msg, pattern, pos)` raised.
fn re_error(msg: &str, pattern: Option<&Value>, pos: Option<usize>) -> PyErr {
    let mut args = vec![Value::from_str(msg)];
    if let (Some(p), Some(pos)) = (pattern, pos) {
        args.push(p.clone());
        args.push(Value::Int(pos as i64));
    }
    match crate::types::func::call(&hooks().error, args, &[]) {
        Ok(e) => crate::types::exception::raise_value(e),
        Err(e) => e,
    }
}

/// A compiled pattern.
pub struct PatternObj {
    prog: Program,
    istext: bool,
    flags: u32,
    /// Named groups: the name (a str, made once) and the group.
    names: Vec<(Value, usize)>,
    pattern: Value,
    /// Replacement templates already parsed: the template and its pieces.
    templates: RefCell<Vec<(Value, Rc<Vec<Piece>>)>>,
}

/// A piece of a parsed replacement template.
enum Piece {
    Text(Value),
    Group(usize),
}

/// A match.
pub struct MatchObj {
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    slots: Vec<usize>,
    lastindex: usize,
}

/// `Pattern.scanner(string, pos, endpos)`: successive matches, each from
/// where the last one ended.
pub struct ScannerObj {
    pattern: Value,
    string: Value,
    pos: Cell<usize>,
    endpos: usize,
    must_advance: Cell<bool>,
}

/// A subject string as the matcher reads it: a str's bytes when it is
/// ASCII (one byte per code point), else its code points; a bytes-like
/// object's bytes.
enum Subject<'a> {
    Bytes(Cow<'a, [u8]>),
    Wide(Vec<u32>),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Bytes(b) => b.len(),
            Subject::Wide(w) => w.len(),
        }
    }
}

/// A searcher over either kind of subject.
enum AnySearcher<'a> {
    Bytes(Searcher<'a, [u8]>),
    Wide(Searcher<'a, [u32]>),
}

impl AnySearcher<'_> {
    fn find_once(self, pos: usize, mode: Mode, must_advance: bool) -> Option<Captures> {
        match self {
            AnySearcher::Bytes(s) => s.find_once(pos, mode, must_advance),
            AnySearcher::Wide(s) => s.find_once(pos, mode, must_advance),
        }
    }

    fn find_ref(&mut self, pos: usize, mode: Mode, must_advance: bool) -> Option<CapturesRef<'_>> {
        match self {
            AnySearcher::Bytes(s) => s.find_ref(pos, mode, must_advance),
            AnySearcher::Wide(s) => s.find_ref(pos, mode, must_advance),
        }
    }
}

fn pattern_of(v: &Value) -> &PatternObj {
    native::ext::<PatternObj>(v).expect("a compiled pattern")
}

/// Compiles `pattern` with `flags` (`_pyaot_compile`).
pub fn compile(pattern: &Value, flags: i64) -> PyResult<Value> {
    let (chars, istext): (Vec<u32>, bool) = match pattern {
        Value::Str(s) => (code_points(s.bytes()).collect(), true),
        other => match crate::ops::bytes_like(other) {
            Some(b) => (b.into_iter().map(u32::from).collect(), false),
            None => return Err(PyErr::type_error("first argument must be string or compiled pattern")),
        },
    };
    let error = |e: parse::Error| -> PyErr {
        match e {
            parse::Error::Syntax(msg, pos) => re_error(&msg, Some(pattern), pos),
            parse::Error::Overflow(msg) => PyErr::new(&crate::object::exc::OVERFLOW_ERROR, msg),
            parse::Error::Value(msg) => PyErr::value_error(msg),
        }
    };
    let parsed = parse::parse(&chars, istext, flags as u32).map_err(error)?;
    let prog = super::compile::compile(&parsed, parsed.widths.clone()).map_err(error)?;
    Ok(native::new_ext(PatternObj {
        prog,
        istext,
        flags: parsed.flags,
        names: parsed.names.iter().map(|(n, i)| (Value::from_str(n), *i)).collect(),
        pattern: pattern.clone(),
        templates: RefCell::new(Vec::new()),
    }))
}

// ---- arguments ----------------------------------------------------------

/// The most parameters a method of a pattern or match takes.
const MAX_PARAMS: usize = 3;

/// Binds positional and keyword arguments to `names`, the first
/// `required` of them required, as C functions of CPython's report.
fn bind<'a>(
    what: &str,
    args: &'a [Value],
    kw: &[&str],
    names: &[&str],
    required: usize,
) -> PyResult<[Option<&'a Value>; MAX_PARAMS]> {
    debug_assert!(names.len() <= MAX_PARAMS);
    let npos = args.len() - kw.len();
    if npos > names.len() {
        return Err(PyErr::type_error(format!(
            "{what}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        )));
    }
    let mut out: [Option<&Value>; MAX_PARAMS] = [None; MAX_PARAMS];
    for (i, a) in args[..npos].iter().enumerate() {
        out[i] = Some(a);
    }
    for (k, v) in kw.iter().zip(&args[npos..]) {
        let Some(i) = names.iter().position(|n| n == k) else {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {what}()")));
        };
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {what}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(PyErr::type_error(format!("{what}() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    Ok(out)
}

fn index_arg(v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => {
            let n = v.to_int()?;
            Ok(n.as_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX }))
        }
    }
}

impl PatternObj {
    fn subject<'a>(&self, v: &'a Value) -> PyResult<Subject<'a>> {
        match v {
            Value::Str(s) => {
                if !self.istext {
                    return Err(PyErr::type_error("cannot use a bytes pattern on a string-like object"));
                }
                Ok(if s.is_ascii() {
                    Subject::Bytes(Cow::Borrowed(s.as_str().as_bytes()))
                } else {
                    Subject::Wide(code_points(s.bytes()).collect())
                })
            }
            Value::Bytes(b) if !self.istext => Ok(Subject::Bytes(Cow::Borrowed(&b.data))),
            other => match crate::ops::bytes_like(other) {
                Some(b) => {
                    if self.istext {
                        return Err(PyErr::type_error("cannot use a string pattern on a bytes-like object"));
                    }
                    Ok(Subject::Bytes(Cow::Owned(b)))
                }
                None => {
                    Err(PyErr::type_error(format!("expected string or bytes-like object, got '{}'", other.type_name())))
                }
            },
        }
    }

    fn searcher<'a>(&'a self, s: &'a Subject, endpos: usize) -> AnySearcher<'a> {
        match s {
            Subject::Bytes(b) => AnySearcher::Bytes(Searcher::new(&self.prog, &b[..], endpos)),
            Subject::Wide(w) => AnySearcher::Wide(Searcher::new(&self.prog, &w[..], endpos)),
        }
    }

    fn find(&self, s: &Subject, pos: usize, endpos: usize, mode: Mode, must_advance: bool) -> Option<Captures> {
        self.searcher(s, endpos).find_once(pos, mode, must_advance)
    }

    /// Every match from `pos` on, left to right, at most `limit` of them
    /// when it is positive; an empty match never where the last ended.
    fn scan(
        &self,
        s: &Subject,
        mut pos: usize,
        endpos: usize,
        limit: i64,
        mut each: impl FnMut(CapturesRef) -> PyResult<()>,
    ) -> PyResult<usize> {
        let mut n = 0usize;
        let mut must_advance = false;
        let mut searcher = self.searcher(s, endpos);
        while limit <= 0 || (n as i64) < limit {
            let Some(m) = searcher.find_ref(pos, Mode::Search, must_advance) else { break };
            let (start, end) = (m.slots[0], m.slots[1]);
            must_advance = start == end;
            pos = end;
            n += 1;
            each(m)?;
        }
        Ok(n)
    }

    fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| matches!(n, Value::Str(s) if s.bytes() == name.as_bytes())).map(|&(_, i)| i)
    }

    fn groups(&self) -> usize {
        self.prog.groups - 1
    }

    /// `(string, pos, endpos)` arguments: the subject and the clamped bounds.
    fn bounds<'a>(
        &self,
        string: &'a Value,
        pos: Option<&Value>,
        endpos: Option<&Value>,
    ) -> PyResult<(Subject<'a>, usize, usize)> {
        let s = self.subject(string)?;
        let n = s.len() as i64;
        let pos = index_arg(pos, 0)?.clamp(0, n) as usize;
        let endpos = index_arg(endpos, i64::MAX)?.clamp(0, n) as usize;
        Ok((s, pos, endpos))
    }

    fn template(&self, me: &Value, repl: &Value) -> PyResult<Rc<Vec<Piece>>> {
        if let Some((_, t)) = self.templates.borrow().iter().find(|(k, _)| same_text(k, repl)) {
            return Ok(t.clone());
        }
        let parsed = crate::types::func::call(&hooks().parse_template, vec![repl.clone(), me.clone()], &[])?;
        let mut pieces = vec![];
        for p in crate::types::iter::collect(&parsed)? {
            pieces.push(match p {
                Value::Int(i) => Piece::Group(i as usize),
                other => Piece::Text(other),
            });
        }
        let pieces = Rc::new(pieces);
        let mut cache = self.templates.borrow_mut();
        if cache.len() >= 8 {
            cache.remove(0);
        }
        cache.push((repl.clone(), pieces.clone()));
        Ok(pieces)
    }

    fn repr(&self) -> String {
        let mut flags = self.flags;
        if self.istext && flags & (4 | 32 | 256) == 32 {
            flags &= !32;
        }
        let text: String = crate::ops::repr::repr(&self.pattern).chars().take(200).collect();
        if flags == 0 {
            return format!("re.compile({text})");
        }
        let mut names = vec![];
        for (bit, name) in [
            (1, "re.TEMPLATE"),
            (2, "re.IGNORECASE"),
            (4, "re.LOCALE"),
            (8, "re.MULTILINE"),
            (16, "re.DOTALL"),
            (32, "re.UNICODE"),
            (64, "re.VERBOSE"),
            (128, "re.DEBUG"),
            (256, "re.ASCII"),
        ] {
            if flags & bit != 0 {
                names.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            names.push(format!("0x{flags:x}"));
        }
        format!("re.compile({text}, {})", names.join("|"))
    }
}

/// Whether two templates are the same str or the same bytes.
fn same_text(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => x.bytes() == y.bytes(),
        (Value::Bytes(x), Value::Bytes(y)) => x.data[..] == y.data[..],
        _ => false,
    }
}

/// `string[a:b]` of a subject: a str, or bytes for any bytes-like one.
fn slice(string: &Value, a: usize, b: usize) -> Value {
    match string {
        Value::Str(s) if s.is_ascii() => {
            Value::Str(crate::types::str::piece_of(s, if a < b { &s.as_str()[a..b] } else { "" }))
        }
        Value::Str(s) => Value::Str(s.substring(a, b)),
        Value::Bytes(x) => Value::Bytes(crate::types::bytes::from_vec(x.data[a..b].to_vec())),
        other => {
            let data = crate::ops::bytes_like(other).unwrap_or_default();
            Value::Bytes(crate::types::bytes::from_vec(data[a..b].to_vec()))
        }
    }
}

/// Text being assembled from pieces of a subject and replacements.
enum Builder<'a> {
    Text(Wtf8Buf, &'a Value),
    Bytes(Vec<u8>, Cow<'a, [u8]>),
}

impl<'a> Builder<'a> {
    fn new(string: &'a Value) -> Builder<'a> {
        match string {
            Value::Str(_) => Builder::Text(Wtf8Buf::default(), string),
            Value::Bytes(b) => Builder::Bytes(Vec::new(), Cow::Borrowed(&b.data)),
            other => Builder::Bytes(Vec::new(), Cow::Owned(crate::ops::bytes_like(other).unwrap_or_default())),
        }
    }
    fn copy(&mut self, a: usize, b: usize) {
        match self {
            Builder::Text(out, Value::Str(s)) => out.push_substring(s, a, b),
            Builder::Bytes(out, data) => out.extend_from_slice(&data[a..b]),
            Builder::Text(..) => unreachable!("a str subject"),
        }
    }
    fn push(&mut self, v: &Value) -> PyResult<()> {
        match (self, v) {
            (Builder::Text(out, _), Value::Str(s)) => out.push_text(s),
            (Builder::Bytes(out, _), v) if crate::ops::bytes_like(v).is_some() => {
                out.extend_from_slice(&crate::ops::bytes_like(v).unwrap())
            }
            (Builder::Text(..), other) => {
                return Err(PyErr::type_error(format!("expected str instance, {} found", other.type_name())))
            }
            (Builder::Bytes(..), other) => {
                return Err(PyErr::type_error(format!("expected a bytes-like object, {} found", other.type_name())))
            }
        }
        Ok(())
    }
    /// A replacement template's pieces, its groups taken from `slots`.
    fn expand(&mut self, pieces: &[Piece], slots: &[usize]) -> PyResult<()> {
        for p in pieces {
            match p {
                Piece::Text(v) => self.push(v)?,
                Piece::Group(g) => {
                    let (a, b) = (slots[2 * g], slots[2 * g + 1]);
                    if a != UNSET {
                        self.copy(a, b);
                    }
                }
            }
        }
        Ok(())
    }

    fn finish(self) -> Value {
        match self {
            Builder::Text(out, _) => Value::Str(out.into_str()),
            Builder::Bytes(out, _) => Value::Bytes(crate::types::bytes::from_vec(out)),
        }
    }
}

fn tuple(items: Vec<Value>) -> Value {
    Value::Tuple(crate::types::tuple::new(items))
}

fn list(items: Vec<Value>) -> Value {
    Value::List(crate::types::list::from_vec(items))
}

fn new_match(pattern: &Value, string: &Value, pos: usize, endpos: usize, c: Captures) -> Value {
    native::new_ext(MatchObj {
        pattern: pattern.clone(),
        string: string.clone(),
        pos,
        endpos,
        slots: c.slots,
        lastindex: c.lastindex,
    })
}

fn bound(me: &Value, name: &str) -> Value {
    native::new(NativeObj::BoundMethod { recv: me.clone(), name: name.to_string() })
}

const PATTERN_METHODS: &[&str] = &[
    "match",
    "fullmatch",
    "search",
    "findall",
    "finditer",
    "split",
    "sub",
    "subn",
    "scanner",
    "__copy__",
    "__deepcopy__",
];

impl NativeType for PatternObj {
    fn type_name(&self) -> &'static str {
        "re.Pattern"
    }

    fn repr(&self, _: &Value) -> String {
        PatternObj::repr(self)
    }

    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "pattern" => self.pattern.clone(),
            "flags" => Value::Int(self.flags as i64),
            "groups" => Value::Int(self.groups() as i64),
            "groupindex" => {
                let d = crate::types::dict::new();
                for (n, i) in &self.names {
                    if let Err(e) = crate::types::dict::setitem(&d, n.clone(), Value::Int(*i as i64)) {
                        return Some(Err(e));
                    }
                }
                Value::Dict(d)
            }
            _ if PATTERN_METHODS.contains(&name) => bound(me, name),
            _ => return None,
        }))
    }

    fn dir(&self) -> Option<PyResult<Vec<Value>>> {
        let mut names: Vec<Value> =
            ["flags", "groupindex", "groups", "pattern"].iter().map(|n| Value::from_str(n)).collect();
        names.extend(PATTERN_METHODS.iter().map(|n| Value::from_str(n)));
        Some(Ok(names))
    }

    fn eq(&self, other: &Value) -> Option<PyResult<bool>> {
        let o = native::ext::<PatternObj>(other)?;
        Some(Ok(self.flags == o.flags && self.istext == o.istext && same_text(&self.pattern, &o.pattern)))
    }

    fn method(&self, me: &Value, name: &str, args: &[Value], kw: &[&str]) -> Option<PyResult<Value>> {
        Some(match name {
            "match" | "fullmatch" | "search" => (|| {
                let a = bind(name, args, kw, &["string", "pos", "endpos"], 1)?;
                let string = a[0].unwrap();
                let (s, pos, endpos) = self.bounds(string, a[1], a[2])?;
                let mode = match name {
                    "match" => Mode::Match,
                    "fullmatch" => Mode::Full,
                    _ => Mode::Search,
                };
                Ok(match self.find(&s, pos, endpos, mode, false) {
                    Some(c) => new_match(me, string, pos, endpos, c),
                    None => Value::None,
                })
            })(),
            "findall" => (|| {
                let a = bind(name, args, kw, &["string", "pos", "endpos"], 1)?;
                let string = a[0].unwrap();
                let (s, pos, endpos) = self.bounds(string, a[1], a[2])?;
                let groups = self.groups();
                let empty = || slice(string, 0, 0);
                let group = |c: &CapturesRef, g: usize| {
                    if c.slots[2 * g] == UNSET {
                        empty()
                    } else {
                        slice(string, c.slots[2 * g], c.slots[2 * g + 1])
                    }
                };
                let mut out = vec![];
                self.scan(&s, pos, endpos, 0, |c| {
                    out.push(match groups {
                        0 => group(&c, 0),
                        1 => group(&c, 1),
                        _ => tuple((1..=groups).map(|g| group(&c, g)).collect()),
                    });
                    Ok(())
                })?;
                Ok(list(out))
            })(),
            "finditer" => (|| {
                let a = bind(name, args, kw, &["string", "pos", "endpos"], 1)?;
                let string = a[0].unwrap();
                let (s, pos, endpos) = self.bounds(string, a[1], a[2])?;
                let mut out = vec![];
                self.scan(&s, pos, endpos, 0, |c| {
                    out.push(new_match(me, string, pos, endpos, c.to_owned()));
                    Ok(())
                })?;
                Ok(Value::Iter(crate::types::iter::iter(&list(out))?))
            })(),
            "split" => (|| {
                let a = bind(name, args, kw, &["string", "maxsplit"], 1)?;
                let string = a[0].unwrap();
                let maxsplit = index_arg(a[1], 0)?;
                let (s, _, endpos) = self.bounds(string, None, None)?;
                if maxsplit < 0 {
                    return Ok(list(vec![slice(string, 0, endpos)]));
                }
                let mut out = vec![];
                let mut last = 0;
                let groups = self.groups();
                self.scan(&s, 0, endpos, maxsplit, |c| {
                    out.push(slice(string, last, c.slots[0]));
                    for g in 1..=groups {
                        let (a, b) = (c.slots[2 * g], c.slots[2 * g + 1]);
                        out.push(if a == UNSET { Value::None } else { slice(string, a, b) });
                    }
                    last = c.slots[1];
                    Ok(())
                })?;
                out.push(slice(string, last, endpos));
                Ok(list(out))
            })(),
            "sub" | "subn" => (|| {
                let a = bind(name, args, kw, &["repl", "string", "count"], 2)?;
                let (repl, string) = (a[0].unwrap(), a[1].unwrap());
                let count = index_arg(a[2], 0)?;
                let (result, n) = self.sub(me, repl, string, count)?;
                Ok(if name == "sub" { result } else { tuple(vec![result, Value::Int(n as i64)]) })
            })(),
            "scanner" => (|| {
                let a = bind(name, args, kw, &["string", "pos", "endpos"], 1)?;
                let string = a[0].unwrap();
                let (_, pos, endpos) = self.bounds(string, a[1], a[2])?;
                Ok(native::new_ext(ScannerObj {
                    pattern: me.clone(),
                    string: string.clone(),
                    pos: Cell::new(pos),
                    endpos,
                    must_advance: Cell::new(false),
                }))
            })(),
            "__copy__" => bind(name, args, kw, &[], 0).map(|_| me.clone()),
            "__deepcopy__" => bind(name, args, kw, &["memo"], 1).map(|_| me.clone()),
            _ => return None,
        })
    }
}

impl PatternObj {
    fn sub(&self, me: &Value, repl: &Value, string: &Value, count: i64) -> PyResult<(Value, usize)> {
        enum Repl {
            Literal(Value),
            Template(Rc<Vec<Piece>>),
            Call(Value),
        }
        let is_text = matches!(repl, Value::Str(_));
        let is_bytes = crate::ops::bytes_like(repl).is_some();
        let r = if is_text || is_bytes {
            if self.istext && !is_text {
                return Err(PyErr::type_error(format!("expected str instance, {} found", repl.type_name())));
            }
            if !self.istext && !is_bytes {
                return Err(PyErr::type_error(format!("expected a bytes-like object, {} found", repl.type_name())));
            }
            let has_escape = match repl {
                Value::Str(s) => s.bytes().contains(&b'\\'),
                other => crate::ops::bytes_like(other).unwrap_or_default().contains(&b'\\'),
            };
            if has_escape {
                Repl::Template(self.template(me, repl)?)
            } else if is_text {
                Repl::Literal(repl.clone())
            } else {
                Repl::Literal(Value::Bytes(crate::types::bytes::from_vec(crate::ops::bytes_like(repl).unwrap())))
            }
        } else {
            Repl::Call(repl.clone())
        };
        let (s, _, endpos) = self.bounds(string, None, None)?;
        let mut out = Builder::new(string);
        if count < 0 {
            out.copy(0, endpos);
            return Ok((out.finish(), 0));
        }
        let mut last = 0;
        let n = self.scan(&s, 0, endpos, count, |c| {
            out.copy(last, c.slots[0]);
            last = c.slots[1];
            match &r {
                Repl::Literal(v) => out.push(v)?,
                Repl::Template(pieces) => out.expand(pieces, c.slots)?,
                Repl::Call(f) => {
                    let m = new_match(me, string, 0, endpos, c.to_owned());
                    let item = crate::types::func::call(f, vec![m], &[])?;
                    if !item.is_none() {
                        out.push(&item)?;
                    }
                }
            }
            Ok(())
        })?;
        out.copy(last, endpos);
        Ok((out.finish(), n))
    }
}

// ---- Match ----------------------------------------------------------------

const MATCH_METHODS: &[&str] =
    &["group", "groups", "groupdict", "start", "end", "span", "expand", "__copy__", "__deepcopy__", "__getitem__"];

impl MatchObj {
    fn pat(&self) -> &PatternObj {
        pattern_of(&self.pattern)
    }

    fn index(&self, g: &Value) -> PyResult<usize> {
        let no_such = || PyErr::new(&INDEX_ERROR, "no such group");
        let groups = self.pat().groups();
        match g {
            Value::Int(i) if *i >= 0 && (*i as usize) <= groups => Ok(*i as usize),
            Value::Bool(b) => Ok(*b as usize),
            Value::Str(s) if crate::types::str::surrogates::holds(s) => Err(no_such()),
            Value::Str(s) => self.pat().group_index(s.as_str()).ok_or_else(no_such),
            _ => Err(no_such()),
        }
    }

    fn get(&self, g: usize, default: &Value) -> Value {
        let (a, b) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if a == UNSET {
            default.clone()
        } else {
            slice(&self.string, a, b)
        }
    }

    fn pos_of(&self, slot: usize) -> Value {
        Value::Int(if self.slots[slot] == UNSET { -1 } else { self.slots[slot] as i64 })
    }
}

impl NativeType for MatchObj {
    fn type_name(&self) -> &'static str {
        "re.Match"
    }

    fn repr(&self, _: &Value) -> String {
        let text: String = crate::ops::repr::repr(&self.get(0, &Value::None)).chars().take(50).collect();
        format!("<re.Match object; span=({}, {}), match={text}>", self.slots[0], self.slots[1])
    }

    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "re" => self.pattern.clone(),
            "string" => self.string.clone(),
            "pos" => Value::Int(self.pos as i64),
            "endpos" => Value::Int(self.endpos as i64),
            "lastindex" => {
                if self.lastindex == 0 {
                    Value::None
                } else {
                    Value::Int(self.lastindex as i64)
                }
            }
            "lastgroup" => match self.pat().names.iter().find(|(_, i)| *i == self.lastindex && self.lastindex > 0) {
                Some((n, _)) => n.clone(),
                None => Value::None,
            },
            "regs" => tuple(
                (0..=self.pat().groups()).map(|g| tuple(vec![self.pos_of(2 * g), self.pos_of(2 * g + 1)])).collect(),
            ),
            _ if MATCH_METHODS.contains(&name) => bound(me, name),
            _ => return None,
        }))
    }

    fn dir(&self) -> Option<PyResult<Vec<Value>>> {
        let mut names: Vec<Value> = ["endpos", "lastgroup", "lastindex", "pos", "re", "regs", "string"]
            .iter()
            .map(|n| Value::from_str(n))
            .collect();
        names.extend(MATCH_METHODS.iter().map(|n| Value::from_str(n)));
        Some(Ok(names))
    }

    fn getitem(&self, _: &Value, key: &Value) -> Option<PyResult<Value>> {
        Some(self.index(key).map(|g| self.get(g, &Value::None)))
    }

    fn method(&self, me: &Value, name: &str, args: &[Value], kw: &[&str]) -> Option<PyResult<Value>> {
        Some(match name {
            "group" => (|| {
                if !kw.is_empty() {
                    return Err(PyErr::type_error("group() takes no keyword arguments"));
                }
                match args {
                    [] => Ok(self.get(0, &Value::None)),
                    [g] => Ok(self.get(self.index(g)?, &Value::None)),
                    gs => {
                        let mut out = Vec::with_capacity(gs.len());
                        for g in gs {
                            out.push(self.get(self.index(g)?, &Value::None));
                        }
                        Ok(tuple(out))
                    }
                }
            })(),
            "__getitem__" => {
                bind(name, args, kw, &["group"], 1).and_then(|a| Ok(self.get(self.index(a[0].unwrap())?, &Value::None)))
            }
            "groups" => bind(name, args, kw, &["default"], 0).map(|a| {
                let default = a[0].cloned().unwrap_or(Value::None);
                tuple((1..=self.pat().groups()).map(|g| self.get(g, &default)).collect())
            }),
            "groupdict" => (|| {
                let a = bind(name, args, kw, &["default"], 0)?;
                let default = a[0].cloned().unwrap_or(Value::None);
                let names = &self.pat().names;
                let mut pairs = Vec::with_capacity(names.len());
                for (n, g) in names {
                    pairs.push((crate::object::dicttable::Key::new(n.clone())?, self.get(*g, &default)));
                }
                Ok(Value::Dict(crate::types::dict::from_distinct(names.len(), pairs)))
            })(),
            "start" | "end" | "span" => (|| {
                let a = bind(name, args, kw, &["group"], 0)?;
                let g = match a[0] {
                    Some(v) => self.index(v)?,
                    None => 0,
                };
                Ok(match name {
                    "start" => self.pos_of(2 * g),
                    "end" => self.pos_of(2 * g + 1),
                    _ => tuple(vec![self.pos_of(2 * g), self.pos_of(2 * g + 1)]),
                })
            })(),
            "expand" => (|| {
                let a = bind(name, args, kw, &["template"], 1)?;
                let pieces = self.pat().template(&self.pattern, a[0].unwrap())?;
                let mut out = Builder::new(&self.string);
                out.expand(&pieces, &self.slots)?;
                Ok(out.finish())
            })(),
            "__copy__" => bind(name, args, kw, &[], 0).map(|_| me.clone()),
            "__deepcopy__" => bind(name, args, kw, &["memo"], 1).map(|_| me.clone()),
            _ => return None,
        })
    }
}

// ---- the scanner ----------------------------------------------------------

impl ScannerObj {
    fn next(&self, mode: Mode) -> PyResult<Value> {
        let p = pattern_of(&self.pattern);
        let pos = self.pos.get();
        if pos > self.endpos {
            return Ok(Value::None);
        }
        let s = p.subject(&self.string)?;
        match p.find(&s, pos, self.endpos, mode, self.must_advance.get()) {
            None => {
                self.pos.set(self.endpos + 1);
                Ok(Value::None)
            }
            Some(c) => {
                self.must_advance.set(c.slots[0] == c.slots[1]);
                self.pos.set(c.slots[1]);
                Ok(new_match(&self.pattern, &self.string, pos, self.endpos, c))
            }
        }
    }
}

impl NativeType for ScannerObj {
    fn type_name(&self) -> &'static str {
        "_sre.SRE_Scanner"
    }

    fn getattr(&self, me: &Value, name: &str) -> Option<PyResult<Value>> {
        Some(Ok(match name {
            "pattern" => self.pattern.clone(),
            "match" | "search" => bound(me, name),
            _ => return None,
        }))
    }

    fn method(&self, _: &Value, name: &str, args: &[Value], kw: &[&str]) -> Option<PyResult<Value>> {
        Some(match name {
            "match" => bind(name, args, kw, &[], 0).and_then(|_| self.next(Mode::Match)),
            "search" => bind(name, args, kw, &[], 0).and_then(|_| self.next(Mode::Search)),
            _ => return None,
        })
    }
}
