//! The `time` module's clocks and `sleep`. Their values are the
//! machine's (what Python leaves to the platform); their types, units and
//! errors are CPython's.

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

pub fn call(name: &str, args: Vec<Value>, kw: &[&str]) -> PyResult<Value> {
    crate::stdlib::no_kwargs(name, kw)?;
    let short = crate::stdlib::short_name(name);
    match name {
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
