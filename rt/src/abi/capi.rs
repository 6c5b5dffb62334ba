//! The runtime's C ABI: what Cranelift-compiled code calls.
//!
//! The Rust backend uses the safe Rust API of the other modules; the
//! Cranelift backend reaches the very same functions and objects through
//! these `extern "C"` wrappers, so there is one object model. Conventions
//! (the `clif` backend in the compiler relies on every one of them):
//!
//! - Scalars travel by value: `float` as `f64`, `bool` as a byte (0/1),
//!   machine ints (speculative functions) as `i64`, `None` as a byte 0.
//! - Objects (`int`, `str`, `list`, `tuple`, `dict`, `set`, `range`,
//!   iterators and dynamic values) live in memory owned by the caller. A
//!   borrowed argument is `*const T`; an owned one is `*mut T` whose value
//!   the callee moves out (the caller must forget it); a result is written
//!   to `out: *mut T`, always the last parameter.
//! - Every object type's all-zero bit pattern is "empty" and dropping it
//!   does nothing (a null handle, `Int::Small(0)`, `Value::None`), so
//!   compiled frames can zero their slots instead of tracking them.
//! - A call that can raise returns an [`ErrWord`]: 0 when it completed,
//!   else the raised exception, owned by the caller. One that can bail
//!   (speculative machine-int operations) returns 1 when it completed.
//! - Prim wrappers are named `pyaot_<PRIM>` after the registry's primitive
//!   table (`registry/src/prims.rs`) and generated from it by `rt/build.rs`
//!   (a `Name` is a pointer and a length, a pack a pointer and a count);
//!   helpers are `pyaot_<verb>_<type>`, written here.

#![allow(clippy::missing_safety_doc)]

use crate::object::exc::{self, Frame, PyErr, PyResult};
use crate::object::value::{IntoValue, Value};
use crate::types::dict::{self, Dict};
use crate::types::func::{self, Cell};
use crate::types::int::Int;
use crate::types::iter::{self, PyIter};
use crate::types::list::{self, List};
use crate::types::range;
use crate::types::set::{self, Set};
use crate::types::str::{self, Str};
use crate::types::tuple::{self, Tuple};
use crate::{ops, types::mint};

/// An exception crossing the ABI: 0 for none, else an owned `PyErr`.
pub use crate::object::exc::{err_word, take_err, ErrWord};

/// A borrowed string constant of the compiled program (names, literals).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct StrRef {
    pub ptr: *const u8,
    pub len: usize,
}

impl StrRef {
    unsafe fn as_str(&self) -> &'static str {
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr, self.len))
    }
}

unsafe fn text(ptr: *const u8, len: usize) -> &'static str {
    StrRef { ptr, len }.as_str()
}

unsafe fn put<T>(r: PyResult<T>, out: *mut T) -> ErrWord {
    match r {
        Ok(v) => {
            out.write(v);
            0
        }
        Err(e) => err_word(e),
    }
}

unsafe fn put_unit(r: PyResult<()>) -> ErrWord {
    match r {
        Ok(()) => 0,
        Err(e) => err_word(e),
    }
}

unsafe fn put_some<T>(r: Option<T>, out: *mut T) -> bool {
    match r {
        Some(v) => {
            out.write(v);
            true
        }
        None => false,
    }
}

/// Moves `n` values out of caller memory.
unsafe fn take_values(p: *mut Value, n: usize) -> Vec<Value> {
    (0..n).map(|i| p.add(i).read()).collect()
}

// ---- per-type helpers: clone, drop, box, unbox ------------------------------
//
// Those of `Int`, `Str`, `List`, ... (`pyaot_clone_int`, ...) are generated
// from the registry (`Rt::OBJECTS`); a dynamic value's and a cell's are here.

#[no_mangle]
pub unsafe extern "C" fn pyaot_clone_value(src: *const Value, out: *mut Value) {
    out.write((*src).clone())
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_drop_value(p: *mut Value) {
    std::ptr::drop_in_place(p)
}

#[no_mangle]
pub extern "C" fn pyaot_drop_err(e: ErrWord) {
    // SAFETY: the caller hands over an error word it owns.
    drop(unsafe { take_err(e) })
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_box_f64(x: f64, out: *mut Value) {
    out.write(Value::Float(x))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_box_bool(b: bool, out: *mut Value) {
    out.write(Value::Bool(b))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_box_none(out: *mut Value) {
    out.write(Value::None)
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_unbox_f64(v: *const Value, out: *mut f64) -> ErrWord {
    put((*v).to_f64(), out)
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_unbox_bool(v: *const Value, out: *mut bool) -> ErrWord {
    put((*v).to_bool(), out)
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_unbox_none(v: *const Value) -> ErrWord {
    put_unit((*v).to_unit())
}

// ---- constants and displays ----------------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn pyaot_str_new(ptr: *const u8, len: usize, out: *mut Str) {
    // A constant of the program's code: its bytes live as long as the program.
    out.write(str::constant(text(ptr, len)))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_bytes_new(ptr: *const u8, len: usize, out: *mut Value) {
    out.write(crate::types::bytes::literal(std::slice::from_raw_parts(ptr, len)))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_int_parse(ptr: *const u8, len: usize, out: *mut Int) {
    out.write(Int::parse_literal(text(ptr, len)))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_class(ptr: *const u8, len: usize, out: *mut Value) {
    let name = text(ptr, len);
    let t = exc::lookup(name).or_else(|| exc::builtin_type(name)).expect("the compiler names only builtin classes");
    out.write(Value::Type(t))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_list_new(items: *mut Value, n: usize, out: *mut List) {
    out.write(list::from_vec(take_values(items, n)))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_tuple_new(items: *mut Value, n: usize, out: *mut Tuple) {
    out.write(tuple::new(take_values(items, n)))
}

/// `pairs` holds keys and values alternately.
#[no_mangle]
pub unsafe extern "C" fn pyaot_dict_new(pairs: *mut Value, n: usize, out: *mut Dict) -> ErrWord {
    let mut vals = take_values(pairs, 2 * n).into_iter();
    let mut kv = Vec::with_capacity(n);
    while let (Some(k), Some(v)) = (vals.next(), vals.next()) {
        kv.push((k, v));
    }
    if kv.is_empty() {
        out.write(dict::new());
        return 0;
    }
    put(dict::from_pairs(kv), out)
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_set_new(items: *mut Value, n: usize, constant: bool, out: *mut Set) -> ErrWord {
    if n == 0 {
        out.write(set::new());
        return 0;
    }
    let items = take_values(items, n);
    put(if constant { set::from_constants(items) } else { set::from_values(items) }, out)
}

// ---- control: iteration, ranges, globals, locals --------------------------------

#[no_mangle]
pub unsafe extern "C" fn pyaot_iter(v: *const Value, out: *mut PyIter) -> ErrWord {
    put(iter::iter(&*v), out)
}

/// The next item into `out` and `*has` = 1, or `*has` = 0 when exhausted.
#[no_mangle]
pub unsafe extern "C" fn pyaot_iter_next(it: *const PyIter, out: *mut Value, has: *mut bool) -> ErrWord {
    match iter::next(&*it) {
        Ok(Some(v)) => {
            out.write(v);
            has.write(true);
            0
        }
        Ok(None) => {
            has.write(false);
            0
        }
        Err(e) => err_word(e),
    }
}

/// `for i in range(a, b, c)` over ints: the counter, or ValueError for a
/// zero step. A range beyond machine words gets a counter of its length
/// with step 0, and an iterator in `big` whose values
/// `pyaot_range_big_next` hands out.
#[no_mangle]
pub unsafe extern "C" fn pyaot_range_steps(
    a: *const Int,
    b: *const Int,
    c: *const Int,
    out: *mut range::Steps,
    big: *mut PyIter,
) -> ErrWord {
    match range::iter(&*a, &*b, &*c) {
        Ok(range::Ints::Small(s)) => {
            out.write(s);
            0
        }
        Ok(range::Ints::Big { next, left, step }) => {
            let n = left.as_i64().map_or(u64::MAX, |n| n as u64);
            out.write(range::Steps { next: 0, left: n, step: 0 });
            big.write(iter::from_state(iter::IterState::BigRange { next, left, step }));
            0
        }
        Err(e) => err_word(e),
    }
}

/// The next value of a range beyond machine words (see `pyaot_range_steps`).
#[no_mangle]
pub unsafe extern "C" fn pyaot_range_big_next(it: *const PyIter, out: *mut Int) -> ErrWord {
    match iter::next(&*it) {
        Ok(Some(v)) => put(v.into_int(), out),
        Ok(None) => {
            err_word(crate::object::exc::PyErr::new(&crate::object::exc::SYSTEM_ERROR, "range loop ran past its end"))
        }
        Err(e) => err_word(e),
    }
}

/// The same over machine ints; 0 (bail) for a zero step.
#[no_mangle]
pub unsafe extern "C" fn pyaot_mint_range(a: i64, b: i64, c: i64, out: *mut range::Steps) -> bool {
    put_some(mint::range(a, b, c), out)
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_name_error(ptr: *const u8, len: usize) -> ErrWord {
    let name = text(ptr, len);
    err_word(PyErr::new(&exc::NAME_ERROR, format!("name '{name}' is not defined")))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_unbound_local(ptr: *const u8, len: usize) -> ErrWord {
    let none: Option<Value> = None;
    match exc::read_local(&none, text(ptr, len)) {
        Ok(_) => unreachable!("an empty slot reads as unbound"),
        Err(e) => err_word(e),
    }
}

/// The RecursionError a frame that may not start raises.
#[no_mangle]
pub extern "C" fn pyaot_recursion_error() -> ErrWord {
    err_word(crate::object::program::recursion_error())
}

// ---- exceptions ------------------------------------------------------------------

/// Appends a traceback entry (function `name`, position `pos`: the line and
/// its columns, `exc::Extent`) to a travelling error.
#[no_mangle]
pub unsafe extern "C" fn pyaot_err_at(e: ErrWord, name: *const u8, len: usize, pos: u64) -> ErrWord {
    let err = take_err(e);
    err_word(err.at(frame(name, len), pos))
}

/// One leaked `Frame` per function name, made the first time it raises.
fn frame(name: *const u8, len: usize) -> &'static Frame {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static FRAMES: RefCell<HashMap<usize, &'static Frame>> = RefCell::new(HashMap::new());
    }
    FRAMES.with(|f| {
        *f.borrow_mut().entry(name as usize).or_insert_with(|| {
            // SAFETY: the compiled program's name constants live as long as it.
            let name = unsafe { text(name, len) };
            Box::leak(Box::new(Frame { name }))
        })
    })
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_raise(v: *mut Value) -> ErrWord {
    err_word(crate::types::exception::raise_value(v.read()))
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_raise_from(v: *mut Value, cause: *mut Value) -> ErrWord {
    err_word(crate::types::exception::raise_from(v.read(), cause.read()))
}

/// Whether a travelling error is an instance of the builtin class `name`.
#[no_mangle]
pub unsafe extern "C" fn pyaot_err_matches(e: ErrWord, name: *const u8, len: usize) -> bool {
    let err = std::mem::ManuallyDrop::new(take_err(e));
    let name = text(name, len);
    let t = exc::lookup(name).or_else(|| exc::builtin_type(name)).expect("the compiler names only builtin classes");
    err.matches(t)
}

/// The exception object of a travelling error (`except ... as e`); the error stays owned by the caller.
#[no_mangle]
pub unsafe extern "C" fn pyaot_err_value(e: ErrWord, out: *mut Value) {
    let err = std::mem::ManuallyDrop::new(take_err(e));
    out.write(err.value())
}

// ---- layouts compiled code reads directly ---------------------------------------------

/// Byte offsets, from a list handle's address (the `Rc`'s allocation), of
/// the items' borrow flag, data pointer and length. Rust does not fix the
/// layout of `RefCell` and `Vec`, so the runtime measures it; the Cranelift
/// backend reads list elements inline at the offsets it was built with and
/// every program checks them at start-up (`pyaot_check_layout`).
pub fn list_layout() -> [usize; 3] {
    let l = list::from_vec(Vec::with_capacity(5));
    l.items.borrow_mut().extend([Value::None, Value::None, Value::None]);
    // SAFETY: an `Rc` is one pointer to its allocation.
    let base = unsafe { *(&l as *const List as *const usize) };
    let cell = &l.items as *const _ as usize;
    let words =
        |at: usize, n: usize| -> Vec<usize> { (0..n).map(|k| unsafe { *((at + 8 * k) as *const usize) }).collect() };
    let n = std::mem::size_of_val(&l.items) / 8;
    let before = words(cell, n);
    let guard = l.items.borrow();
    let during = words(cell, n);
    let (data, len) = (guard.as_ptr() as usize, guard.len());
    drop(guard);
    let flag = (0..n).find(|&k| before[k] == 0 && during[k] == 1).expect("a RefCell has a borrow counter");
    let ptr = (0..n).find(|&k| k != flag && before[k] == data).expect("a Vec has a data pointer");
    let length = (0..n).find(|&k| k != flag && k != ptr && before[k] == len).expect("a Vec has a length");
    [cell - base + 8 * flag, cell - base + 8 * ptr, cell - base + 8 * length]
}

/// Stops a program compiled for another list layout before it runs.
#[no_mangle]
pub extern "C" fn pyaot_check_layout(flag: usize, ptr: usize, len: usize) {
    if list_layout() != [flag, ptr, len] {
        crate::object::stdio::write_stderr("pyaot: this program was compiled for another runtime layout; rebuild it\n");
        std::process::exit(70);
    }
}

// ---- the program -------------------------------------------------------------------

type Entry = unsafe extern "C" fn() -> ErrWord;

static ENTRY: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static TEARDOWN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn call(entry: &std::sync::atomic::AtomicUsize) -> PyResult<()> {
    let p = entry.load(std::sync::atomic::Ordering::Relaxed);
    // SAFETY: `pyaot_run` stored a valid entry point before running it.
    let f: Entry = unsafe { std::mem::transmute::<usize, Entry>(p) };
    match unsafe { f() } {
        0 => Ok(()),
        e => Err(unsafe { take_err(e) }),
    }
}

fn call_entry() -> PyResult<()> {
    call(&ENTRY)
}

fn call_teardown() -> PyResult<()> {
    call(&TEARDOWN)
}

/// Runs the compiled module body as `__main__`, then its teardown; never
/// returns. `files` and `src` are the program's files (for tracebacks):
/// one `path\tfirst_line\n` line per file, and their texts, each ended
/// by a NUL.
#[no_mangle]
pub unsafe extern "C" fn pyaot_run(
    files: *const u8,
    files_len: usize,
    src: *const u8,
    src_len: usize,
    entry: Entry,
    teardown: Entry,
) -> ! {
    use crate::object::program::{Source, SourceFile};
    let files: Vec<SourceFile> = text(files, files_len)
        .lines()
        .zip(text(src, src_len).split('\0'))
        .map(|(f, src)| {
            let (path, first) = f.rsplit_once('\t').unwrap_or((f, "0"));
            let lines: Vec<&'static str> = src.lines().collect();
            SourceFile { path, first_line: first.parse().unwrap_or(0), lines: Box::leak(lines.into_boxed_slice()) }
        })
        .collect();
    let source = Box::leak(Box::new(Source { files: Box::leak(files.into_boxed_slice()) }));
    ENTRY.store(entry as usize, std::sync::atomic::Ordering::Relaxed);
    TEARDOWN.store(teardown as usize, std::sync::atomic::Ordering::Relaxed);
    crate::abi::program::run(source, call_entry, call_teardown)
}

// ---- the primitive table ------------------------------------------------------------

include!(concat!(env!("OUT_DIR"), "/prims_capi.rs"));

// Primitives whose arguments are packs, names or operator paths.

/// An operator named by a `Path` argument's last segment (`Add`, `Lt`).
trait FromPath {
    fn from_path(leaf: &str) -> Self;
}

impl FromPath for ops::BinOp {
    fn from_path(name: &str) -> Self {
        use ops::BinOp::*;
        match name {
            "Add" => Add,
            "Sub" => Sub,
            "Mul" => Mul,
            "TrueDiv" => TrueDiv,
            "FloorDiv" => FloorDiv,
            "Mod" => Mod,
            "Pow" => Pow,
            "LShift" => LShift,
            "RShift" => RShift,
            "And" => And,
            "Or" => Or,
            "Xor" => Xor,
            "MatMul" => MatMul,
            _ => unreachable!("unknown binary operator {name}"),
        }
    }
}

impl FromPath for ops::CmpOp {
    fn from_path(name: &str) -> Self {
        match name {
            "Lt" => ops::CmpOp::Lt,
            "Le" => ops::CmpOp::Le,
            "Gt" => ops::CmpOp::Gt,
            "Ge" => ops::CmpOp::Ge,
            _ => unreachable!("unknown comparison {name}"),
        }
    }
}

/// The last segment of a `Path` argument (`ops::BinOp::Add` -> `Add`).
unsafe fn path_leaf(ptr: *const u8, len: usize) -> &'static str {
    let p = text(ptr, len);
    // A byte search: this runs on every dynamic operator.
    match p.as_bytes().iter().rposition(|&b| b == b':') {
        Some(i) => &p[i + 1..],
        None => p,
    }
}

unsafe fn names(p: *const StrRef, n: usize) -> Vec<&'static str> {
    (0..n).map(|i| (*p.add(i)).as_str()).collect()
}

// ---- function values and closures (`func.rs`) -------------------------------------------

#[no_mangle]
pub unsafe extern "C" fn pyaot_clone_cell(src: *const Cell, out: *mut Cell) {
    out.write((*src).clone())
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_drop_cell(p: *mut Cell) {
    if *(p as *const usize) != 0 {
        std::ptr::drop_in_place(p)
    }
}

#[no_mangle]
pub unsafe extern "C" fn pyaot_box_cell(p: *mut Cell, out: *mut Value) {
    out.write(Value::Cell(p.read()))
}

type CCode = unsafe extern "C" fn(*const func::FuncObj, *mut Value, usize, *mut Value) -> ErrWord;

// ---- exports ---------------------------------------------------------------------------

/// Every symbol of this C ABI by name, for the stub's loader (`loader.rs`):
/// the helpers listed here (a test checks it lists each `extern "C"`
/// function defined in this file) and the generated primitive wrappers.
macro_rules! exports {
    ($($f:ident),* $(,)?) => {
        pub fn exports() -> Vec<(&'static str, usize)> {
            let mut v = vec![$((stringify!($f), $f as *const () as usize)),*];
            prim_exports(&mut v);
            v.push(("PYAOT_STACK_FLOOR", &crate::object::program::PYAOT_STACK_FLOOR as *const _ as usize));
            v.push(("PYAOT_FRAMES_LEFT", &crate::object::program::PYAOT_FRAMES_LEFT as *const _ as usize));
            v
        }
    };
}

exports![
    pyaot_box_cell,
    pyaot_drop_cell,
    pyaot_clone_cell,
    pyaot_box_bool,
    pyaot_box_f64,
    pyaot_box_none,
    pyaot_bytes_new,
    pyaot_check_layout,
    pyaot_recursion_error,
    pyaot_class,
    pyaot_clone_value,
    pyaot_dict_new,
    pyaot_drop_err,
    pyaot_drop_value,
    pyaot_err_at,
    pyaot_err_matches,
    pyaot_err_value,
    pyaot_int_parse,
    pyaot_iter,
    pyaot_iter_next,
    pyaot_list_new,
    pyaot_mint_range,
    pyaot_name_error,
    pyaot_raise,
    pyaot_raise_from,
    pyaot_range_steps,
    pyaot_range_big_next,
    pyaot_run,
    pyaot_set_new,
    pyaot_str_new,
    pyaot_tuple_new,
    pyaot_unbound_local,
    pyaot_unbox_bool,
    pyaot_unbox_f64,
    pyaot_unbox_none,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The all-zero pattern of every object type is an empty value whose
    /// drop is a no-op: compiled frames rely on it.
    #[test]
    fn zeroed_objects_drop_as_nothing() {
        unsafe {
            let mut w = [0u64; 2];
            pyaot_drop_int(w.as_mut_ptr() as *mut Int);
            pyaot_drop_value(w.as_mut_ptr() as *mut Value);
            pyaot_drop_str(w.as_mut_ptr() as *mut Str);
            pyaot_drop_list(w.as_mut_ptr() as *mut List);
            let z: Int = std::mem::zeroed();
            assert!(matches!(z, Int::Small(0)));
            let v: Value = std::mem::zeroed();
            assert!(matches!(v, Value::None));
        }
        assert_eq!(std::mem::size_of::<Int>(), 16);
        assert!(std::mem::size_of::<Value>() <= 16);
        // The Cranelift backend reserves `SITE_BYTES` (64) zeroed bytes
        // per attribute site, read as an empty cache.
        assert_eq!(std::mem::size_of::<crate::types::class::SlotCache>(), 64);
    }

    /// Tags and payload offsets Cranelift-compiled code reads (`abi.rs`).
    #[test]
    fn value_layout_is_what_the_compiler_assumes() {
        fn bytes(v: &Value) -> [u8; 16] {
            unsafe { std::mem::transmute_copy(v) }
        }
        let b = bytes(&Value::Bool(true));
        assert_eq!((b[0], b[8]), (1, 1));
        let i = bytes(&Value::Int(-5));
        assert_eq!((i[0], i64::from_le_bytes(i[8..].try_into().unwrap())), (2, -5));
        let f = bytes(&Value::Float(1.5));
        assert_eq!((f[0], f64::from_le_bytes(f[8..].try_into().unwrap())), (4, 1.5));
        let l = list::new();
        let lv = Value::List(l.clone());
        let lb = bytes(&lv);
        let handle = unsafe { *(&l as *const List as *const usize) };
        assert_eq!((lb[0], usize::from_le_bytes(lb[8..].try_into().unwrap())), (7, handle));
        assert_eq!(bytes(&Value::None)[0], 0);
        // An `Rc`'s strong count is the first word of its allocation.
        assert_eq!(unsafe { *(handle as *const usize) }, 2);
    }

    #[test]
    fn list_layout_is_what_the_compiler_assumes() {
        // Mirrored in compiler/src/backend/clif/abi.rs (LIST_FLAG, LIST_PTR, LIST_LEN).
        assert_eq!(list_layout(), [16, 32, 40]);
    }

    /// The loader can resolve every function this module defines and every
    /// primitive wrapper generated from the registry.
    #[test]
    fn exports_list_every_function() {
        let src = [include_str!("capi.rs"), include_str!(concat!(env!("OUT_DIR"), "/prims_capi.rs"))].concat();
        let listed: std::collections::HashSet<&str> = exports().into_iter().map(|(n, _)| n).collect();
        let mut defined = Vec::new();
        for line in src.lines() {
            let l = line.trim_start();
            if let Some(rest) =
                l.strip_prefix("pub unsafe extern \"C\" fn ").or_else(|| l.strip_prefix("pub extern \"C\" fn "))
            {
                defined.push(rest.split('(').next().unwrap().to_string());
            } else if l.starts_with("pyaot_") && l.contains(" = ") {
                defined.push(l.split(' ').next().unwrap().to_string());
            } else if l.contains(": pyaot_clone_") {
                defined.extend(
                    l.split_whitespace()
                        .filter(|w| w.starts_with("pyaot_") && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                        .map(str::to_string),
                );
            }
        }
        let defined: Vec<String> = defined.into_iter().filter(|n| !n.starts_with('$')).collect();
        for p in pyaot_registry::prims::CALLS {
            assert!(defined.contains(&format!("pyaot_{}", p.name)), "no wrapper for {}", p.name);
        }
        assert!(defined.len() > pyaot_registry::prims::CALLS.len() + 30);
        for n in &defined {
            assert!(listed.contains(n.as_str()), "{n} is missing from exports![]");
        }
    }
}
