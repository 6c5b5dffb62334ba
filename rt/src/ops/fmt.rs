//! The format-spec mini-language (`format()`, f-strings, `str.format`) and
//! `%`-formatting, for ints, floats and strings, with CPython's rules and
//! error messages.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::float;
use crate::types::int::{self, Int};
use crate::types::str::Str;

#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
    /// `z`: a negative zero (after rounding) is shown without its sign.
    pub no_neg_zero: bool,
}

/// The sign a formatted number starts with: `-`, or what the spec's sign option asks for.
fn sign_text(negative: bool, spec: &Spec) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// A precision's digits; CPython's limit is a C int.
fn precision(digits: &str) -> PyResult<usize> {
    match digits.parse::<usize>() {
        Ok(p) if p <= i32::MAX as usize => Ok(p),
        Ok(_) => Err(PyErr::value_error("precision too big")),
        Err(_) => Err(PyErr::value_error("Too many decimal digits in format string")),
    }
}

/// The spec `s` for a value of type `type_name` (named in its errors).
pub fn parse_spec(s: &str, type_name: &str) -> PyResult<Spec> {
    let cs: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut spec = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        spec.fill = Some(cs[0]);
        spec.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        spec.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        spec.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        spec.no_neg_zero = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        spec.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        spec.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        spec.width = cs[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| PyErr::value_error("Too many decimal digits in format string"))?;
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        spec.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            return Err(PyErr::value_error(if cs[i] == cs[i - 1] {
                format!("Cannot specify '{}' with '{}'.", cs[i], cs[i])
            } else {
                "Cannot specify both ',' and '_'.".to_string()
            }));
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(PyErr::value_error("Format specifier missing precision"));
        }
        spec.precision = Some(precision(&cs[start..i].iter().collect::<String>())?);
    }
    if i < cs.len() {
        spec.ty = Some(cs[i]);
        i += 1;
    }
    if i != cs.len() {
        return Err(PyErr::value_error(format!("Invalid format specifier '{s}' for object of type '{type_name}'")));
    }
    Ok(spec)
}

/// Pads `body` to the spec's width. `sign_len` is how many leading
/// characters (sign and prefix) the `=` alignment keeps before the padding.
pub(crate) fn pad(spec: &Spec, body: &str, sign_len: usize, default_align: char) -> String {
    let n = body.chars().count();
    if n >= spec.width {
        return body.to_string();
    }
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && default_align == '>' { '=' } else { default_align });
    let total = spec.width - n;
    let rep = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{body}{}", rep(total)),
        '^' => format!("{}{body}{}", rep(total / 2), rep(total - total / 2)),
        '=' => {
            let split = body.char_indices().nth(sign_len).map(|(b, _)| b).unwrap_or(body.len());
            format!("{}{}{}", &body[..split], rep(total), &body[split..])
        }
        _ => format!("{}{body}", rep(total)),
    }
}

/// Inserts a separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Assembles a number from its parts: sign, prefix, integer digits (to be
/// grouped) and the rest (fraction, exponent, `%`).
fn assemble(spec: &Spec, negative: bool, prefix: &str, int_digits: &str, rest: &str, every: usize) -> String {
    let sign = sign_text(negative, spec);
    let zero_fill = spec.align.is_none() && spec.zero || (spec.align == Some('=') && spec.fill == Some('0'));
    let mut digits = int_digits.to_string();
    if let (true, Some(sep)) = (zero_fill, spec.grouping) {
        // Zero padding is grouped too: grow the digits until the width is met.
        let fixed = sign.len() + prefix.len() + rest.chars().count();
        loop {
            let g = group(&digits, sep, every);
            if fixed + g.len() >= spec.width {
                digits = g;
                break;
            }
            digits.insert(0, '0');
        }
        return format!("{sign}{prefix}{digits}{rest}");
    }
    if let Some(sep) = spec.grouping {
        digits = group(&digits, sep, every);
    }
    let body = format!("{sign}{prefix}{digits}{rest}");
    pad(spec, &body, sign.len() + prefix.len(), '>')
}

pub fn format_int(i: &Int, spec: &Spec) -> PyResult<String> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(i.to_f64()?, spec);
    }
    if spec.no_neg_zero {
        return Err(PyErr::value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if spec.precision.is_some() {
        return Err(PyErr::value_error("Precision not allowed in integer format specifier"));
    }
    let (radix, prefix, every) = match ty {
        'd' | 'n' => (10, "", 3),
        'b' => (2, "0b", 4),
        'o' => (8, "0o", 4),
        'x' => (16, "0x", 4),
        'X' => (16, "0X", 4),
        'c' => {
            let s = match i {
                Int::Big(_) => {
                    return Err(PyErr::new(
                        &crate::object::exc::OVERFLOW_ERROR,
                        "Python int too large to convert to C long",
                    ))
                }
                Int::Small(0..=0x10ffff) => crate::types::str::chr(i)?,
                Int::Small(_) => {
                    return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "%c arg not in range(0x110000)"))
                }
            };
            return Ok(pad(spec, s.as_str(), 0, '<'));
        }
        other => return Err(PyErr::value_error(format!("Unknown format code '{other}' for object of type 'int'"))),
    };
    if spec.grouping == Some(',') && radix != 10 {
        return Err(PyErr::value_error(format!("Cannot specify ',' with '{ty}'.")));
    }
    let mut digits = if radix == 10 {
        int::abs(i).to_string()
    } else {
        crate::object::layout::bigint::BigExt::to_str_radix(&int::abs(i).to_big(), radix)
    };
    if let Some(e) = crate::types::class::take_pending() {
        return Err(e);
    }
    if ty == 'X' {
        digits = digits.to_uppercase();
    }
    let prefix = if spec.alt { prefix } else { "" };
    Ok(assemble(spec, i.is_negative(), prefix, &digits, "", every))
}

/// Digits of `x` rounded to `prec` significant digits, and the exponent.
/// Digits past this many after the point are zeros for every double (its
/// exact decimal expansion ends sooner), and Rust's formatter takes at
/// most `u16::MAX` digits: longer precisions are padded with zeros.
const EXACT_DIGITS: usize = 1100;

/// `x` with `prec` digits after the point, for any precision.
fn fixed(x: f64, prec: usize) -> String {
    if prec <= EXACT_DIGITS {
        return format!("{:.*}", prec, x);
    }
    format!("{:.*}{}", EXACT_DIGITS, x, "0".repeat(prec - EXACT_DIGITS))
}

fn sci_parts(x: f64, prec: usize) -> (String, i32) {
    let s = format!("{:.*e}", prec.min(EXACT_DIGITS), x.abs());
    let (m, e) = s.split_once('e').unwrap();
    let pad = "0".repeat(prec.saturating_sub(EXACT_DIGITS));
    (m.to_string() + &pad, e.parse().unwrap())
}

pub fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    let negative = x.is_sign_negative() && !x.is_nan();
    let ax = x.abs();
    let upper = matches!(spec.ty, Some('E' | 'F' | 'G'));
    if !x.is_finite() {
        let mut s = if x.is_nan() { "nan".to_string() } else { "inf".to_string() };
        if upper {
            s = s.to_uppercase();
        }
        if spec.ty == Some('%') {
            s.push('%');
        }
        // CPython pads `inf` and `nan` with zeros too (`0000000inf`).
        return Ok(assemble(spec, negative, "", "", &s, 3));
    }
    let (int_part, rest): (String, String) = match spec.ty {
        Some('f' | 'F') => split_fixed(&fixed(ax, spec.precision.unwrap_or(6)), spec.alt),
        Some('%') => {
            let (i, r) = split_fixed(&fixed(ax * 100.0, spec.precision.unwrap_or(6)), spec.alt);
            (i, r + "%")
        }
        Some('e' | 'E') => {
            let (m, e) = sci_parts(ax, spec.precision.unwrap_or(6));
            let (i, mut r) = split_fixed(&m, spec.alt);
            r.push_str(&float::format_exp(e));
            (i, r)
        }
        Some('g' | 'G' | 'n') => general(ax, spec.precision.unwrap_or(6).max(1), spec.alt, false),
        None => match spec.precision {
            None => {
                let r = float::repr(ax);
                match r.find(['.', 'e']) {
                    Some(p) => (r[..p].to_string(), r[p..].to_string()),
                    None => (r, String::new()),
                }
            }
            Some(p) => general(ax, p.max(1), spec.alt, true),
        },
        Some(other) => {
            return Err(PyErr::value_error(format!("Unknown format code '{other}' for object of type 'float'")))
        }
    };
    let rest = if upper { rest.to_uppercase() } else { rest };
    let zero = int_part.chars().chain(rest.chars()).all(|c| !c.is_ascii_digit() || c == '0');
    let negative = negative && !(spec.no_neg_zero && zero);
    Ok(assemble(spec, negative, "", &int_part, &rest, 3))
}

fn split_fixed(s: &str, alt: bool) -> (String, String) {
    match s.find(['.', 'e']) {
        Some(p) => (s[..p].to_string(), s[p..].to_string()),
        None => (s.to_string(), if alt { ".".to_string() } else { String::new() }),
    }
}

/// The `g` presentation (and the untyped one with a precision, `repr_style`).
fn general(ax: f64, p: usize, alt: bool, repr_style: bool) -> (String, String) {
    if ax == 0.0 {
        let body = if alt {
            format!("0.{}", "0".repeat(p - 1))
        } else if repr_style {
            "0.0".into()
        } else {
            "0".into()
        };
        return split_fixed(&body, false);
    }
    let (_, exp) = sci_parts(ax, p - 1);
    let use_sci = exp < -4 || exp >= p as i32 - i32::from(repr_style);
    let mut s = if use_sci {
        let (m, e) = sci_parts(ax, p - 1);
        let m = if alt { with_point(m) } else { strip_zeros(&m) };
        format!("{m}{}", float::format_exp(e))
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let f = fixed(ax, decimals);
        if alt {
            with_point(f)
        } else {
            strip_zeros(&f)
        }
    };
    if repr_style && !use_sci && !s.contains('.') {
        s.push_str(".0");
    }
    split_fixed(&s, false)
}

/// `#` keeps the decimal point even with no digits after it (`7.`).
fn with_point(mut s: String) -> String {
    if !s.contains('.') {
        s.push('.');
    }
    s
}

fn strip_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

pub fn format_str(s: &str, spec: &Spec) -> PyResult<String> {
    match spec.ty {
        None | Some('s') => {}
        Some(other) => {
            return Err(PyErr::value_error(format!("Unknown format code '{other}' for object of type 'str'")))
        }
    }
    if spec.sign.is_some() {
        return Err(PyErr::value_error("Sign not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment not allowed in string format specifier"));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, &body, 0, '<'))
}

/// `format(v, spec)`.
pub fn format(v: &Value, spec: &str) -> PyResult<String> {
    if let Some(r) = crate::types::class::call_special(v, "__format__", || vec![Value::from_str(spec)]) {
        return match r? {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => Err(PyErr::type_error(format!("__format__ must return a str, not {}", other.type_name()))),
        };
    }
    if spec.is_empty() {
        let s = crate::ops::repr::str(v);
        return crate::types::class::take_pending().map_or(Ok(s), Err);
    }
    if let Some(b) = crate::types::class::base_value(v) {
        return format(&b, spec);
    }
    if let Some(c) = crate::types::class::class_of(v) {
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", c.name)));
    }
    let formattable = matches!(v, Value::Bool(_) | Value::Int(_) | Value::Big(_) | Value::Float(_) | Value::Str(_));
    if !formattable && crate::types::complex::parts(v).is_none() {
        // `object.__format__` takes only the empty spec.
        return Err(PyErr::type_error(format!("unsupported format string passed to {}.__format__", v.type_name())));
    }
    let sp = parse_spec(spec, v.type_name())?;
    match v {
        // A non-empty spec formats a bool as the int it is (`f'{True:>6}'` is `     1`).
        Value::Bool(b) => format_int(&Int::Small(*b as i64), &sp),
        Value::Int(i) => format_int(&Int::Small(*i), &sp),
        Value::Big(b) => format_int(&Int::Big(b.clone()), &sp),
        Value::Float(f) => format_float(*f, &sp),
        Value::Str(s) => format_str(s.as_str(), &sp),
        other if crate::types::complex::parts(other).is_some() => {
            format_complex(crate::types::complex::parts(other).unwrap(), &sp)
        }
        other => unreachable!("{} is not formattable", other.type_name()),
    }
}

pub fn format_to_str(v: &Value, spec: &Str) -> PyResult<Str> {
    use crate::types::str::surrogates::{self, Proxy};
    if surrogates::holds(spec) || matches!(v, Value::Str(s) if surrogates::holds(s)) {
        let values = [v.clone(), Value::Str(spec.clone())];
        let proxy = Proxy::for_values(&values)?;
        let Value::Str(spec) = proxy.to_proxy(&values[1]) else { unreachable!("a str stands in for a str") };
        let r = proxy.run(|| format(&proxy.to_proxy(v), spec.as_str()))?;
        return Ok(proxy.back_text(crate::types::str::from_string(r)));
    }
    Ok(crate::types::str::from_string(format(v, spec.as_str())?))
}

/// `fmt % args`.
pub fn percent(fmt: &Str, args: &Value) -> PyResult<Str> {
    use crate::types::str::surrogates::{self, Proxy};
    if surrogates::holds(fmt) || surrogates::any_in(std::slice::from_ref(args)) {
        let values = [Value::Str(fmt.clone()), args.clone()];
        let proxy = Proxy::for_values(&values)?;
        let Value::Str(fmt) = proxy.to_proxy(&values[0]) else { unreachable!("a str stands in for a str") };
        // The argument tuple's strings, or a mapping's when keys are used,
        // are read as text; a dict shown whole is left as it is.
        let by_key = matches!(args, Value::Dict(_)) && fmt.as_str().contains("%(");
        let args =
            if matches!(args, Value::Tuple(_)) || by_key { proxy.to_proxy_items(args) } else { proxy.to_proxy(args) };
        let r = proxy.run(|| percent_text(fmt.as_str(), &args, false))?;
        return Ok(proxy.back_text(crate::types::str::from_string(r)));
    }
    Ok(crate::types::str::from_string(percent_text(fmt.as_str(), args, false)?))
}

/// `b'...' % args`: the same conversions over bytes (seen as Latin-1
/// characters), except that `%s`/`%b` take bytes-like values, `%r`/`%a`
/// give `ascii()`, and `%c` takes a byte.
pub fn percent_bytes(fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_text(&text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The bytes of a `%s`/`%b` argument of bytes formatting, as Latin-1 text.
fn bytes_arg(v: &Value) -> PyResult<String> {
    let data: Vec<u8> = match v {
        Value::Bytes(b) => b.data.to_vec(),
        Value::ByteArray(b) => b.data.borrow().clone(),
        _ => match crate::types::class::call_special(v, "__bytes__", Vec::new) {
            Some(r) => match r? {
                Value::Bytes(b) => b.data.to_vec(),
                other => {
                    return Err(PyErr::type_error(format!("__bytes__ returned non-bytes (type {})", other.type_name())))
                }
            },
            None => {
                return Err(PyErr::type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.type_name()
                )))
            }
        },
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

/// The formatting of `%`: `fmt` is read by bytes (every character the
/// syntax uses is ASCII), literal runs are copied whole, and the plainest
/// conversions (`%s` of a str, `%d`/`%s` of an int with at most a width and
/// zero padding) are written straight into the result.
fn percent_text(fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    // As in CPython, any argument with `__getitem__` other than a tuple or
    // a str is a mapping: keys look up in it, and it need not be used up.
    let mapping = match args {
        Value::Tuple(_) | Value::Str(_) => None,
        Value::Bytes(_) | Value::ByteArray(_) if bytes => None,
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::ByteArray(_) | Value::Range(_) => Some(args),
        Value::Instance(_) if crate::types::class::special(args, "__getitem__").is_some() => Some(args),
        _ => None,
    };
    let mut items = PercentArgs::new(args);
    let cs = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != b'%' {
            let end = fmt[i..].find('%').map_or(cs.len(), |k| i + k);
            out.push_str(&fmt[i..end]);
            i = end;
            continue;
        }
        i += 1;
        if i < cs.len() && cs[i] == b'%' {
            out.push('%');
            i += 1;
            continue;
        }
        if i < cs.len() && cs[i] == b'(' {
            if mapping.is_none() {
                return Err(PyErr::type_error("format requires a mapping"));
            }
            let end = fmt[i..].find(')').ok_or_else(|| PyErr::value_error("incomplete format key"))?;
            let k = &fmt[i + 1..i + end];
            let key = if bytes {
                Value::Bytes(crate::types::bytes::from_vec(k.chars().map(|c| c as u32 as u8).collect()))
            } else {
                Value::from_str(k)
            };
            // The value found is the argument of this conversion (and of its `*`s).
            items.keyed(crate::ops::subscript::getitem(mapping.expect("checked above"), &key)?);
            i += end + 1;
        }
        let mut spec = Spec::default();
        while i < cs.len() && matches!(cs[i], b'-' | b'+' | b' ' | b'#' | b'0') {
            match cs[i] {
                b'-' => spec.align = Some('<'),
                b'+' => spec.sign = Some('+'),
                b' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                b'#' => spec.alt = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        // `*` takes the width (or precision) from the arguments, before the value.
        let star = |items: &mut PercentArgs| -> PyResult<i64> {
            let v = items.next()?;
            match v {
                Value::Int(_) | Value::Big(_) | Value::Bool(_) => v.to_int()?.to_index(),
                _ => Err(PyErr::type_error("* wants int")),
            }
        };
        let start = i;
        if i < cs.len() && cs[i] == b'*' {
            let w = star(&mut items)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            if i > start {
                spec.width = fmt[start..i]
                    .parse()
                    .ok()
                    .filter(|w| *w <= i32::MAX as usize)
                    .ok_or_else(|| PyErr::value_error("width too big"))?;
            }
        }
        if i < cs.len() && cs[i] == b'.' {
            i += 1;
            if i < cs.len() && cs[i] == b'*' {
                spec.precision = Some(star(&mut items)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    i += 1;
                }
                spec.precision = Some(match &fmt[start..i] {
                    "" => 0,
                    digits => precision(digits).map_err(|_| PyErr::value_error("precision too big"))?,
                });
            }
        }
        let Some(conv) = fmt[i..].chars().next() else {
            return Err(PyErr::value_error("incomplete format"));
        };
        let conv_at = i;
        i += conv.len_utf8();
        if spec.align == Some('<') {
            spec.zero = false;
        }
        let arg = items.next()?;
        if !bytes && plain_conversion(&mut out, conv, &spec, &arg) {
            continue;
        }
        // Strings are right-aligned unless `-`, and never zero-padded.
        let text_spec = Spec { align: Some(spec.align.unwrap_or('>')), zero: false, sign: None, ..spec.clone() };
        let piece = match conv {
            's' | 'b' if bytes => format_str(&bytes_arg(&arg)?, &text_spec)?,
            'r' | 'a' if bytes => format_str(&crate::ops::repr::ascii(&arg), &text_spec)?,
            'c' if bytes => {
                let byte = match &arg {
                    Value::Bytes(b) if b.data.len() == 1 => b.data[0],
                    Value::ByteArray(b) if b.data.borrow().len() == 1 => b.data.borrow()[0],
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) => match arg.to_int()?.to_index() {
                        Ok(n @ 0..=255) => n as u8,
                        _ => return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "%c arg not in range(256)")),
                    },
                    _ => return Err(PyErr::type_error("%c requires an integer in range(256) or a single byte")),
                };
                format_str(&(byte as char).to_string(), &Spec { precision: None, ..text_spec })?
            }
            's' => format_str(&crate::ops::repr::str(&arg), &text_spec)?,
            'r' => format_str(&crate::ops::repr::repr(&arg), &text_spec)?,
            'a' => format_str(&crate::ops::repr::ascii(&arg), &text_spec)?,
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' if spec.precision.is_some() => {
                let n = to_int_arg(&arg, if bytes && conv == 'i' { 'd' } else { conv })?;
                percent_int_precision(&n, conv, &spec)
            }
            'd' | 'i' | 'u' => {
                let n = to_int_arg(&arg, if bytes && conv == 'i' { 'd' } else { conv })?;
                let mut s = Spec { ty: Some('d'), precision: None, ..spec.clone() };
                if spec.align.is_none() && !spec.zero {
                    s.align = Some('>');
                }
                format_int(&n, &s)?
            }
            'x' | 'X' | 'o' => {
                let n = to_int_arg(&arg, if bytes && conv == 'i' { 'd' } else { conv })?;
                format_int(&n, &Spec { ty: Some(conv), precision: None, ..spec.clone() })?
            }
            'c' => {
                // The precision means nothing to `%c`.
                let text_spec = Spec { precision: None, ..text_spec };
                let int_like = |v: &Value| match v {
                    Value::Str(_) | Value::Float(_) => Err(PyErr::type_error("%c requires int or char")),
                    other => other.to_int().map_err(|e| {
                        if e.matches(&crate::object::exc::TYPE_ERROR) {
                            PyErr::type_error("%c requires int or char")
                        } else {
                            e
                        }
                    }),
                };
                match &arg {
                    Value::Str(s) if s.char_len() == 1 => format_str(s.as_str(), &text_spec)?,
                    other => {
                        let n = int_like(other)?;
                        if !matches!(n.to_index(), Ok(0..=0x10ffff)) {
                            return Err(PyErr::new(
                                &crate::object::exc::OVERFLOW_ERROR,
                                "%c arg not in range(0x110000)",
                            ));
                        }
                        format_int(&n, &Spec { ty: Some('c'), ..text_spec.clone() })?
                    }
                }
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let x = match &arg {
                    Value::Float(f) => *f,
                    Value::Int(_) | Value::Big(_) | Value::Bool(_) => arg.to_f64()?,
                    Value::Instance(_) if crate::types::class::base_value(&arg).is_some() => {
                        crate::types::class::base_value(&arg).unwrap().to_f64()?
                    }
                    other => {
                        let what = if bytes { "float argument required" } else { "must be real number" };
                        return Err(PyErr::type_error(format!("{what}, not {}", other.type_name())));
                    }
                };
                let mut s = Spec { ty: Some(conv), ..spec.clone() };
                if s.precision.is_none() {
                    s.precision = Some(6);
                }
                format_float(x, &s)?
            }
            // CPython's message for a byte above 127 (it formats the byte as a C char).
            other if bytes && other as u32 > 0x7f => {
                return Err(PyErr::new(
                    &crate::object::exc::OVERFLOW_ERROR,
                    "character argument not in range(0x110000)",
                ))
            }
            other => {
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{}' ({:#x}) at index {}",
                    if (' '..='~').contains(&other) || other == '\x1f' { other } else { '?' },
                    other as u32,
                    fmt[..conv_at].chars().count()
                )))
            }
        };
        out.push_str(&piece);
    }
    if mapping.is_none() && items.unused() {
        return Err(PyErr::type_error(format!(
            "not all arguments converted during {} formatting",
            if bytes { "bytes" } else { "string" }
        )));
    }
    // A conversion past the int digit limit recorded its error.
    if let Some(e) = crate::types::class::take_pending() {
        return Err(e);
    }
    Ok(out)
}

/// The arguments of `%` as the conversions take them: the items of a
/// tuple in turn, or the one other value once; a `%(key)` conversion
/// replaces them with the value found for its key.
struct PercentArgs<'a> {
    tuple: &'a [Value],
    single: Option<Value>,
    next: usize,
}

impl<'a> PercentArgs<'a> {
    fn new(args: &'a Value) -> Self {
        match args {
            Value::Tuple(t) => PercentArgs { tuple: t.items(), single: None, next: 0 },
            other => PercentArgs { tuple: &[], single: Some(other.clone()), next: 0 },
        }
    }
    fn keyed(&mut self, v: Value) {
        self.single = Some(v);
        self.next = 0;
    }
    fn next(&mut self) -> PyResult<Value> {
        let v = match &self.single {
            Some(v) => (self.next == 0).then(|| v.clone()),
            None => self.tuple.get(self.next).cloned(),
        };
        self.next += 1;
        v.ok_or_else(|| PyErr::type_error("not enough arguments for format string"))
    }
    fn unused(&self) -> bool {
        self.next < if self.single.is_some() { 1 } else { self.tuple.len() }
    }
}

/// Writes the conversions that need no spec machinery: `%s` of a str or an
/// int and `%d`/`%i`/`%u` of an int, with no flags but `0` and a width.
/// Returns false (writing nothing) for every other case.
fn plain_conversion(out: &mut String, conv: char, spec: &Spec, arg: &Value) -> bool {
    use std::fmt::Write;
    if spec.sign.is_some() || spec.alt || spec.precision.is_some() || spec.align.is_some() {
        return false;
    }
    match (conv, arg) {
        ('s', Value::Str(s)) if spec.width == 0 || s.is_ascii() => {
            let s = s.as_str();
            out.extend(std::iter::repeat_n(' ', spec.width.saturating_sub(s.len())));
            out.push_str(s);
            true
        }
        ('s' | 'd' | 'i' | 'u', Value::Int(n)) => {
            let digits = n.unsigned_abs();
            let len = digits.checked_ilog10().unwrap_or(0) as usize + 1 + usize::from(*n < 0);
            let pad = spec.width.saturating_sub(len);
            if spec.zero && conv != 's' {
                if *n < 0 {
                    out.push('-');
                }
                out.extend(std::iter::repeat_n('0', pad));
                let _ = write!(out, "{digits}");
            } else {
                out.extend(std::iter::repeat_n(' ', pad));
                let _ = write!(out, "{n}");
            }
            true
        }
        _ => false,
    }
}

fn to_int_arg(v: &Value, conv: char) -> PyResult<Int> {
    match v {
        Value::Float(f) if conv != 'x' && conv != 'X' && conv != 'o' => int::from_f64(*f),
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => v.to_int(),
        // An instance of a subclass of int or float formats as its value.
        Value::Instance(_) if crate::types::class::base_value(v).is_some() => {
            to_int_arg(&crate::types::class::base_value(v).unwrap(), conv)
        }
        other => Err(PyErr::type_error(format!(
            "%{conv} format: {} is required, not {}",
            if conv == 'd' || conv == 'i' || conv == 'u' { "a real number" } else { "an integer" },
            other.type_name()
        ))),
    }
}

/// `%.5d`, `%#.4x`: with a precision, `%`-formatting pads the digits
/// themselves with zeros to that many, then adds the sign and the `#`
/// prefix, then pads to the width (with zeros after the prefix for `0`).
fn percent_int_precision(n: &Int, conv: char, spec: &Spec) -> String {
    let radix = match conv {
        'x' | 'X' => 16,
        'o' => 8,
        _ => 10,
    };
    let mut digits = crate::types::int::to_radix(&crate::types::int::abs(n), radix, "");
    if conv == 'X' {
        digits = digits.to_uppercase();
    }
    let p = spec.precision.unwrap_or(0);
    if digits.len() < p {
        digits = "0".repeat(p - digits.len()) + &digits;
    }
    let prefix = match (spec.alt, conv) {
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        (true, 'o') => "0o",
        _ => "",
    };
    let sign = sign_text(n.is_negative(), spec);
    let len = sign.len() + prefix.len() + digits.chars().count();
    let pad = spec.width.saturating_sub(len);
    if spec.align == Some('<') {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if spec.zero {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    }
}

/// `format(z, spec)`.
pub fn format_complex(z: (f64, f64), spec: &Spec) -> PyResult<String> {
    if spec.zero {
        return Err(PyErr::value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(PyErr::value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let (ty, skip_re, parens) = match spec.ty {
        None => {
            let skip = z.0 == 0.0 && z.0.is_sign_positive();
            (spec.precision.map(|_| 'g'), skip, !skip)
        }
        Some('n') => (Some('g'), false, false),
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => (Some(c), false, false),
        Some(c) => return Err(PyErr::value_error(format!("Unknown format code '{c}' for object of type 'complex'"))),
    };
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        match ty {
            None => {
                let s = crate::types::complex::part_repr(x);
                Ok(match sign {
                    Some(c) if !s.starts_with('-') => format!("{c}{s}"),
                    _ => s,
                })
            }
            Some(_) => {
                let p = Spec {
                    fill: None,
                    align: None,
                    sign,
                    alt: spec.alt,
                    zero: false,
                    width: 0,
                    grouping: spec.grouping,
                    precision: spec.precision,
                    ty,
                    no_neg_zero: spec.no_neg_zero,
                };
                format_float(x, &p)
            }
        }
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(z.0, spec.sign)?);
    }
    body.push_str(&part(z.1, if skip_re { spec.sign } else { Some('+') })?);
    body.push('j');
    if parens {
        body.push(')');
    }
    // Zero padding and '=' were refused above, so this is plain alignment.
    Ok(pad(spec, &body, 0, '>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: Value, s: &str) -> String {
        format(&v, s).unwrap()
    }

    #[test]
    fn format_specs_match_cpython() {
        assert_eq!(f(Value::Int(1234567), ","), "1,234,567");
        assert_eq!(f(Value::Int(255), "#x"), "0xff");
        assert_eq!(f(Value::Int(5), "08b"), "00000101");
        assert_eq!(f(Value::Int(-42), "=+8"), "-     42");
        assert_eq!(f(Value::Int(42), "*^9"), "***42****");
        assert_eq!(f(Value::Int(1234), "010,"), "00,001,234");
        assert_eq!(f(Value::Float(3.14258), ".2f"), "3.14");
        assert_eq!(f(Value::Float(3.14158), "10.3f"), "     3.142");
        assert_eq!(f(Value::Float(1234.5), ".3"), "1.23e+03");
        assert_eq!(f(Value::Float(12.0), ".3"), "12.0");
        assert_eq!(f(Value::Float(123.0), ".3"), "1.23e+02");
        assert_eq!(f(Value::Float(1.0), ".1"), "1e+00");
        assert_eq!(f(Value::Float(0.000012345), "g"), "1.2345e-05");
        assert_eq!(f(Value::Float(123456789.0), "g"), "1.23457e+08");
        assert_eq!(f(Value::Float(0.25), ".1%"), "25.0%");
        assert_eq!(f(Value::Float(1e10), ",.2f"), "10,000,000,000.00");
        assert_eq!(f(Value::Float(-1.5), "e"), "-1.500000e+00");
        assert_eq!(f(Value::from_str("ab"), ">5"), "   ab");
        assert_eq!(f(Value::from_str("abcdef"), ".3"), "abc");
    }
}
