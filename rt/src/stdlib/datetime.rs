//! The Rust half of `datetime` (`stdlib/datetime.py`): what only the C
//! library knows, the local time zone (its offset and name at an instant,
//! and local wall time back to an instant), and the clock.

use crate::object::exc::{PyErr, PyResult};
use crate::object::value::Value;
use crate::types::args::argc;

/// glibc's `struct tm`.
#[repr(C)]
struct Tm {
    tm_sec: i32,
    tm_min: i32,
    tm_hour: i32,
    tm_mday: i32,
    tm_mon: i32,
    tm_year: i32,
    tm_wday: i32,
    tm_yday: i32,
    tm_isdst: i32,
    tm_gmtoff: i64,
    tm_zone: *const std::os::raw::c_char,
}

extern "C" {
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn tzset();
}

fn blank() -> Tm {
    Tm {
        tm_sec: 0,
        tm_min: 0,
        tm_hour: 0,
        tm_mday: 0,
        tm_mon: 0,
        tm_year: 0,
        tm_wday: 0,
        tm_yday: 0,
        tm_isdst: 0,
        tm_gmtoff: 0,
        tm_zone: std::ptr::null(),
    }
}

fn ints(v: &[i64]) -> Value {
    Value::Tuple(crate::types::tuple::new(v.iter().map(|&x| Value::Int(x)).collect()))
}

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    let int = |i: usize| args[i].to_int().and_then(|n| n.to_index());
    match name {
        // The clock: (seconds, microseconds) since the epoch.
        "datetime._pyaot_now" => {
            argc(short, &args, 0, 0)?;
            let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            Ok(ints(&[d.as_secs() as i64, d.subsec_micros() as i64]))
        }
        // Local time at an instant: (year, month, day, hour, minute,
        // second, weekday, yearday, isdst, utc offset in seconds, zone name).
        "datetime._pyaot_localtime" => {
            argc(short, &args, 1, 1)?;
            let t = int(0)?;
            let mut tm = blank();
            // SAFETY: plain C calls on owned memory.
            let ok = unsafe {
                tzset();
                !localtime_r(&t, &mut tm).is_null()
            };
            if !ok {
                return Err(PyErr::new(
                    &crate::object::exc::OVERFLOW_ERROR,
                    "timestamp out of range for platform time_t",
                ));
            }
            let zone = if tm.tm_zone.is_null() {
                String::new()
            } else {
                // SAFETY: glibc's zone names are NUL-terminated static strings.
                unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned()
            };
            let mut items: Vec<Value> = [
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
            ]
            .iter()
            .map(|&x| Value::Int(x))
            .collect();
            items.push(Value::from_str(&zone));
            Ok(Value::Tuple(crate::types::tuple::new(items)))
        }
        // The instant of a local wall time (year, month, day, hour, minute,
        // second, isdst: -1 to let the C library decide).
        "datetime._pyaot_mktime" => {
            argc(short, &args, 7, 7)?;
            let mut tm = blank();
            tm.tm_year = (int(0)? - 1900) as i32;
            tm.tm_mon = (int(1)? - 1) as i32;
            tm.tm_mday = int(2)? as i32;
            tm.tm_hour = int(3)? as i32;
            tm.tm_min = int(4)? as i32;
            tm.tm_sec = int(5)? as i32;
            tm.tm_isdst = int(6)? as i32;
            // SAFETY: a plain C call on owned memory.
            let t = unsafe {
                tzset();
                mktime(&mut tm)
            };
            Ok(Value::Int(t))
        }
        _ => unreachable!("datetime has no function {name}"),
    }
}
