//! The text of CPython's argument-binding errors, shared by the compiler
//! (a call it binds at compile time raises the same TypeError at run time)
//! and the runtime (calls bound when they run).

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// "'a' and 'b'", "'a', 'b', and 'c'", as CPython lists missing arguments
/// (the compiler's own binding errors use it too).
pub fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// "f() takes from 1 to 2 positional arguments but 3 were given" (the
/// compiler's own binding errors use it too).
pub fn too_many_positional(name: &str, n_pos: usize, n_dflt: usize, given: usize, kw_given: usize) -> String {
    let takes = if n_dflt > 0 {
        format!("from {} to {} positional arguments", n_pos - n_dflt, n_pos)
    } else {
        plural(n_pos, "positional argument")
    };
    let were = if kw_given > 0 {
        format!("{} (and {}) were", plural(given, "positional argument"), plural(kw_given, "keyword-only argument"))
    } else if given == 1 {
        "1 was".to_string()
    } else {
        format!("{given} were")
    };
    format!("{name}() takes {takes} but {were} given")
}
