//! The Rust half of `locale` (`stdlib/locale.py`): the C library's locale
//! functions, as CPython calls them. Like CPython, the program's LC_CTYPE
//! starts as the environment says (`setlocale(LC_CTYPE, "")`), coerced to
//! C.UTF-8 when that is the plain C locale (PEP 538); pyaot does it at the
//! module's first call, as nothing else in the runtime reads the C
//! library's locale.

use std::ffi::{CStr, CString};

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;

// The C library's wide-string collation (glibc; the `libc` crate lacks
// their declarations).
unsafe extern "C" {
    fn wcscoll(a: *const libc::wchar_t, b: *const libc::wchar_t) -> libc::c_int;
    fn wcsxfrm(dest: *mut libc::wchar_t, src: *const libc::wchar_t, n: libc::size_t) -> libc::size_t;
}

thread_local! {
    /// Whether the program runs in UTF-8 mode (PEP 540), once known.
    static UTF8_MODE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// `setlocale(category, name)` of the C library (None: a query); None if
/// it refuses.
fn c_setlocale(category: i32, name: Option<&str>) -> Option<String> {
    let name = name.map(|n| CString::new(n).ok()).map(|n| n.ok_or(()));
    let ptr = match &name {
        None => std::ptr::null(),
        Some(Ok(n)) => n.as_ptr(),
        Some(Err(())) => return None,
    };
    // SAFETY: `ptr` is null or a NUL-terminated string alive for the call;
    // the result is copied before any other locale call.
    let r = unsafe { libc::setlocale(category, ptr) };
    if r.is_null() {
        return None;
    }
    // SAFETY: a non-null result of setlocale is a NUL-terminated string.
    Some(unsafe { CStr::from_ptr(r) }.to_string_lossy().into_owned())
}

/// LC_CTYPE from the environment, coerced from C or POSIX to a UTF-8
/// locale, once; whether that makes UTF-8 mode (the C or POSIX locale, or
/// `PYTHONUTF8=1`, as CPython decides at startup).
fn start() -> bool {
    if let Some(on) = UTF8_MODE.with(|m| m.get()) {
        return on;
    }
    let found = c_setlocale(libc::LC_CTYPE, Some(""));
    let plain = matches!(found.as_deref(), None | Some("C") | Some("POSIX"));
    if plain {
        for name in ["C.UTF-8", "C.utf8", "UTF-8"] {
            if c_setlocale(libc::LC_CTYPE, Some(name)).is_some() {
                break;
            }
        }
    }
    let on = match std::env::var("PYTHONUTF8").as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => plain,
    };
    UTF8_MODE.with(|m| m.set(Some(on)));
    on
}

/// `sys.flags.utf8_mode`.
pub fn utf8_mode() -> bool {
    start()
}

fn c_str(p: *const libc::c_char) -> String {
    if p.is_null() {
        return String::new();
    }
    // SAFETY: the C library's strings are NUL-terminated.
    unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
}

/// A `grouping` string of `localeconv` as Python's list (ending at
/// CHAR_MAX, or with 0 meaning "repeat the last").
fn grouping(p: *const libc::c_char) -> Value {
    let mut out = Vec::new();
    if !p.is_null() {
        // SAFETY: a NUL-terminated string of the C library.
        for &b in unsafe { CStr::from_ptr(p) }.to_bytes() {
            out.push(Value::Int(b as i64));
            if b as i8 == i8::MAX {
                break;
            }
        }
    }
    Value::List(crate::types::list::from_vec(out))
}

fn localeconv() -> PyResult<Value> {
    // SAFETY: localeconv returns a pointer to a static struct, read at once.
    let lc = unsafe { &*libc::localeconv() };
    let d = crate::types::dict::new();
    let small = |c: libc::c_char| Value::Int(c as u8 as i64);
    let pairs = [
        ("int_curr_symbol", Value::from_str(&c_str(lc.int_curr_symbol))),
        ("currency_symbol", Value::from_str(&c_str(lc.currency_symbol))),
        ("mon_decimal_point", Value::from_str(&c_str(lc.mon_decimal_point))),
        ("mon_thousands_sep", Value::from_str(&c_str(lc.mon_thousands_sep))),
        ("mon_grouping", grouping(lc.mon_grouping)),
        ("positive_sign", Value::from_str(&c_str(lc.positive_sign))),
        ("negative_sign", Value::from_str(&c_str(lc.negative_sign))),
        ("int_frac_digits", small(lc.int_frac_digits)),
        ("frac_digits", small(lc.frac_digits)),
        ("p_cs_precedes", small(lc.p_cs_precedes)),
        ("p_sep_by_space", small(lc.p_sep_by_space)),
        ("n_cs_precedes", small(lc.n_cs_precedes)),
        ("n_sep_by_space", small(lc.n_sep_by_space)),
        ("p_sign_posn", small(lc.p_sign_posn)),
        ("n_sign_posn", small(lc.n_sign_posn)),
        ("decimal_point", Value::from_str(&c_str(lc.decimal_point))),
        ("thousands_sep", Value::from_str(&c_str(lc.thousands_sep))),
        ("grouping", grouping(lc.grouping)),
    ];
    for (k, v) in pairs {
        crate::types::dict::setitem(&d, Value::from_str(k), v)?;
    }
    Ok(Value::Dict(d))
}

/// `s` as the C library's wide string (with its NUL).
fn wide(what: &str, v: &Value) -> PyResult<Vec<libc::wchar_t>> {
    let Value::Str(s) = v else {
        return Err(PyErr::type_error(format!("{what}() argument must be str, not {}", v.type_name())));
    };
    if s.as_str().contains('\0') {
        return Err(PyErr::value_error("embedded null character"));
    }
    Ok(s.as_str().chars().map(|c| c as libc::wchar_t).chain([0]).collect())
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    start();
    match name {
        // (category, name or None) -> the locale's name, or None when the C
        // library refuses it.
        "locale._pyaot_setlocale" => {
            argc(short, &args, 2, 2)?;
            let Value::Int(category) = args[0] else {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    args[0].type_name()
                )));
            };
            let category = category as i32;
            let locale = match &args[1] {
                Value::None => None,
                Value::Str(s) => Some(s.as_str().to_string()),
                other => {
                    return Err(PyErr::type_error(format!(
                        "setlocale() argument 2 must be str or None, not {}",
                        other.type_name()
                    )))
                }
            };
            Ok(c_setlocale(category, locale.as_deref()).map_or(Value::None, |s| Value::from_str(&s)))
        }
        "locale._pyaot_utf8_mode" => {
            argc(short, &args, 0, 0)?;
            Ok(Value::Bool(utf8_mode()))
        }
        "locale._pyaot_localeconv" => {
            argc(short, &args, 0, 0)?;
            localeconv()
        }
        "locale.strcoll" => {
            argc(short, &args, 2, 2)?;
            let (a, b) = (wide("strcoll", &args[0])?, wide("strcoll", &args[1])?);
            // SAFETY: both are NUL-terminated wide strings.
            let r = unsafe { wcscoll(a.as_ptr(), b.as_ptr()) };
            Ok(Value::Int(r as i64))
        }
        "locale.strxfrm" => {
            argc(short, &args, 1, 1)?;
            let s = wide("strxfrm", &args[0])?;
            // SAFETY: a size query (null destination, size 0), then a buffer
            // of the size it gave plus the NUL.
            let n = unsafe { wcsxfrm(std::ptr::null_mut(), s.as_ptr(), 0) };
            let mut buf: Vec<libc::wchar_t> = vec![0; n + 1];
            unsafe { wcsxfrm(buf.as_mut_ptr(), s.as_ptr(), n + 1) };
            buf.truncate(n);
            let text: String = buf.iter().filter_map(|&c| char::from_u32(c as u32)).collect();
            Ok(Value::from_str(&text))
        }
        "locale.nl_langinfo" => {
            argc(short, &args, 1, 1)?;
            // (`locale.py` checks the item is one CPython knows.)
            let Value::Int(item) = args[0] else {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    args[0].type_name()
                )));
            };
            // SAFETY: nl_langinfo returns a static string (empty for an
            // unknown item); it is copied at once.
            let r = unsafe { libc::nl_langinfo(item as libc::nl_item) };
            Ok(Value::from_str(&c_str(r)))
        }
        _ => unreachable!("locale has no function {name}"),
    }
}
