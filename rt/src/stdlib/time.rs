//! The Rust half of `time` (`stdlib/time.py`): the clocks and `sleep`,
//! and what only the C library knows, the local time zone (`localtime`,
//! `mktime`, `tzset`). The clocks' values are the machine's (what Python
//! leaves to the platform); their types, units and errors are CPython's.
//! `datetime` reads the local time zone here too.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;

thread_local! {
    /// The reference point of the monotonic clocks: the program's start.
    static START: Instant = Instant::now();
}

fn since_start() -> Duration {
    START.with(|s| s.elapsed())
}

fn wall() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

/// CPU time of the process (user + system), from `getrusage`-like data
/// the standard library lacks: `/proc/self/stat` on Linux, wall time elsewhere.
fn cpu() -> Duration {
    #[cfg(target_os = "linux")]
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        // Fields 14 and 15 (utime, stime) after the parenthesized command name.
        if let Some(rest) = stat.rsplit(')').next() {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if let (Some(u), Some(s)) =
                (f.get(11).and_then(|x| x.parse::<u64>().ok()), f.get(12).and_then(|x| x.parse::<u64>().ok()))
            {
                return Duration::from_millis((u + s) * 10);
            }
        }
    }
    since_start()
}

fn ns(d: Duration) -> Value {
    Value::Int(d.as_nanos() as i64)
}

extern "C" {
    // POSIX; the libc crate leaves it out.
    fn tzset();
}

fn ints(items: &[i64]) -> Vec<Value> {
    items.iter().map(|&x| Value::Int(x)).collect()
}

/// A zeroed `struct tm`.
fn blank_tm() -> libc::tm {
    // SAFETY: `struct tm` is plain integers and a nullable pointer.
    unsafe { std::mem::zeroed() }
}

/// Local time at an instant: (year, month, day, hour, minute, second,
/// weekday from Monday, day of the year from 1, isdst, UTC offset in
/// seconds, zone name). OSError as CPython's when the C library cannot
/// represent it.
fn localtime(t: i64) -> PyResult<Value> {
    let mut tm = blank_tm();
    // SAFETY: plain C calls on owned memory.
    let ok = unsafe {
        tzset();
        !libc::localtime_r(&t, &mut tm).is_null()
    };
    if !ok {
        return Err(crate::types::exception::os_error(&std::io::Error::last_os_error()));
    }
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: glibc's zone names are NUL-terminated static strings.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
    };
    let mut items = ints(&[
        tm.tm_year as i64 + 1900,
        tm.tm_mon as i64 + 1,
        tm.tm_mday as i64,
        tm.tm_hour as i64,
        tm.tm_min as i64,
        tm.tm_sec as i64,
        (tm.tm_wday as i64 + 6) % 7,
        tm.tm_yday as i64 + 1,
        tm.tm_isdst as i64,
        tm.tm_gmtoff,
    ]);
    items.push(Value::from_str(&zone));
    Ok(Value::Tuple(crate::types::tuple::new(items)))
}

/// The instant of a local wall time (year, month, day, hour, minute,
/// second, isdst: -1 lets the C library decide); OverflowError when the
/// C library finds none.
fn mktime(fields: &[i64]) -> PyResult<Value> {
    let mut tm = blank_tm();
    tm.tm_year = (fields[0] - 1900) as i32;
    tm.tm_mon = (fields[1] - 1) as i32;
    tm.tm_mday = fields[2] as i32;
    tm.tm_hour = fields[3] as i32;
    tm.tm_min = fields[4] as i32;
    tm.tm_sec = fields[5] as i32;
    tm.tm_isdst = fields[6] as i32;
    // mktime sets the weekday only when it succeeds.
    tm.tm_wday = -1;
    // SAFETY: plain C calls on owned memory.
    let t = unsafe {
        tzset();
        libc::mktime(&mut tm)
    };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::new(&crate::object::exc::OVERFLOW_ERROR, "mktime argument out of range"));
    }
    Ok(Value::Int(t))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    let int = |i: usize| args[i].to_int().and_then(|n| n.to_index());
    match name {
        "time._pyaot_localtime" => {
            crate::types::args::argc(short, &args, 1, 1)?;
            localtime(int(0)?)
        }
        "time._pyaot_mktime" => {
            crate::types::args::argc(short, &args, 7, 7)?;
            let fields = (0..7).map(int).collect::<PyResult<Vec<i64>>>()?;
            mktime(&fields)
        }
        // (format, the 10 fields of a `struct tm`, zone or None, tzname[0],
        // tzname[1]) -> the formatted text.
        "time._pyaot_strftime" => {
            crate::types::args::argc(short, &args, 5, 5)?;
            let Value::Str(fmt) = &args[0] else { return Err(PyErr::type_error("strftime() format must be str")) };
            let Value::Tuple(fields) = &args[1] else { return Err(PyErr::type_error("a time tuple is required")) };
            let mut f = [0i64; 10];
            for (slot, v) in f.iter_mut().zip(fields.items().iter()) {
                *slot = v.to_int()?.to_index()?;
            }
            let text = |v: &Value| match v {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            };
            let (zone, t0, t1) =
                (text(&args[2]), text(&args[3]).unwrap_or_default(), text(&args[4]).unwrap_or_default());
            let epoch = || {
                let wall = [f[0], f[1] + 1, f[2], f[3], f[4], f[5], f[8]];
                mktime(&wall).ok().and_then(|v| v.to_int().ok()).and_then(|n| n.to_index().ok()).unwrap_or(-1)
            };
            let tm = crate::stdlib::strftime::Tm { f, zone: zone.as_deref(), tzname: [&t0, &t1], epoch: &epoch };
            Ok(Value::from_str(&crate::stdlib::strftime::format(fmt.as_str(), &tm)))
        }
        // `operator.index`, without that module in every program that reads
        // the clock.
        "time._pyaot_index" => {
            crate::types::args::argc(short, &args, 1, 1)?;
            Ok(Value::from_int(args[0].to_int()?))
        }
        // Re-reads the TZ environment variable.
        "time._pyaot_tzset" => {
            crate::types::args::argc(short, &args, 0, 0)?;
            // SAFETY: a plain C call.
            unsafe { tzset() };
            Ok(Value::None)
        }
        "time.sleep" => {
            if args.len() != 1 {
                return Err(PyErr::type_error(format!(
                    "time.sleep() takes exactly one argument ({} given)",
                    args.len()
                )));
            }
            let secs = match &args[0] {
                Value::Int(i) => *i as f64,
                Value::Bool(b) => *b as i64 as f64,
                Value::Float(f) => *f,
                other => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        other.type_name()
                    )))
                }
            };
            if secs.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            if secs < 0.0 {
                return Err(PyErr::value_error("sleep length must be non-negative"));
            }
            crate::object::stdio::flush_stdout();
            std::thread::sleep(Duration::from_secs_f64(secs));
            Ok(Value::None)
        }
        _ => {
            if !args.is_empty() {
                return Err(PyErr::type_error(format!("{name}() takes no arguments ({} given)", args.len())));
            }
            Ok(match short {
                "time" => Value::Float(wall().as_secs_f64()),
                "time_ns" => ns(wall()),
                "perf_counter" | "monotonic" => Value::Float(since_start().as_secs_f64()),
                "perf_counter_ns" | "monotonic_ns" => ns(since_start()),
                "process_time" => Value::Float(cpu().as_secs_f64()),
                _ => ns(cpu()),
            })
        }
    }
}
