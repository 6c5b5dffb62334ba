//! `strftime` as glibc's does it in the C locale, which is what CPython's
//! `time.strftime` (and so `datetime`'s) calls on Linux: every directive,
//! the `_ - 0 ^ #` flags, field widths, the `E`/`O` modifiers, and glibc's
//! output for what it does not know (the directive itself). The fields
//! are those of a C `struct tm`, as given (a weekday or day of the year
//! that disagrees with the date is printed as it is).

/// A `struct tm`'s fields: the full year, month 0-11, day, hour, minute,
/// second, weekday from Sunday, day of the year from 0, isdst, UTC offset
/// in seconds; the zone name if the time tuple has one; the local zone's
/// names (`time.tzname`) for one that has not.
pub struct Tm<'a> {
    pub f: [i64; 10],
    pub zone: Option<&'a str>,
    pub tzname: [&'a str; 2],
    /// The seconds since the epoch of the local time (`%s`).
    pub epoch: &'a dyn Fn() -> i64,
}

const DAY_ABBR: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY_NAMES: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_ABBR: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The directives glibc accepts after the E and O modifiers.
const WITH_E: &str = "cnprstuxyzCPRTXYZ%";
const WITH_O: &str = "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%";

fn composite(d: char) -> Option<&'static str> {
    Some(match d {
        'c' => "%a %b %e %H:%M:%S %Y",
        'D' | 'x' => "%m/%d/%y",
        'F' => "%Y-%m-%d",
        'r' => "%I:%M:%S %p",
        'R' => "%H:%M",
        'T' | 'X' => "%H:%M:%S",
        _ => return None,
    })
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// Days since the Monday that starts ISO week 1 of `yday`'s year
/// (negative when the day belongs to the previous ISO year).
fn iso_week_days(yday: i64, wday: i64) -> i64 {
    yday - (yday - wday + 4 + 378).rem_euclid(7) + 3
}

/// (ISO year, ISO week) from the year, day of the year and weekday given.
fn iso(f: &[i64; 10]) -> (i64, i64) {
    let mut year = f[0];
    let mut days = iso_week_days(f[7], f[6]);
    if days < 0 {
        year -= 1;
        days = iso_week_days(f[7] + 365 + is_leap(year) as i64, f[6]);
    } else {
        let d = iso_week_days(f[7] - 365 - is_leap(year) as i64, f[6]);
        if d >= 0 {
            year += 1;
            days = d;
        }
    }
    (year, days / 7 + 1)
}

fn pad(text: &str, width: i64, flag: char) -> String {
    let len = text.chars().count() as i64;
    if len >= width {
        return text.to_string();
    }
    let fill = if flag == '0' { "0" } else { " " };
    fill.repeat((width - len) as usize) + text
}

/// A number as glibc writes one: padded to `digits` (or the width given)
/// with zeros, or spaces with the `_` flag, or not at all with `-`.
fn number(value: i64, digits: i64, width: i64, flag: char) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let body = value.unsigned_abs().to_string();
    if flag == '-' {
        return pad(&format!("{sign}{body}"), width, ' ');
    }
    let size = width.max(digits);
    if flag == '_' {
        return pad(&format!("{sign}{body}"), size, ' ');
    }
    let zeros = (size - sign.len() as i64 - body.len() as i64).max(0) as usize;
    format!("{sign}{}{body}", "0".repeat(zeros))
}

/// `%z`: the UTC offset as +hhmm, with glibc's way with widths.
fn offset(off: i64, width: i64, flag: char) -> String {
    let sign = if off < 0 { '-' } else { '+' };
    let minutes = off.unsigned_abs() / 60;
    let body = (minutes / 60 * 100 + minutes % 60).to_string();
    let fill = if flag == '0' { "0" } else { " " };
    let prefix = fill.repeat((width - 1).max(0) as usize);
    let size = if width > 4 { width } else { 4 };
    let body = match flag {
        '-' if width > 0 => pad(&body, width, ' '),
        '-' => body,
        '_' => pad(&body, size, ' '),
        _ => "0".repeat((size as usize).saturating_sub(body.len())) + &body,
    };
    format!("{prefix}{sign}{body}")
}

/// What glibc writes for a directive it does not know: the directive.
fn unknown(text: &str, width: i64, flag: char, upper: bool) -> String {
    pad(&if upper { text.to_uppercase() } else { text.to_string() }, width, flag)
}

/// `fmt` with its directives replaced.
pub fn format(fmt: &str, tm: &Tm) -> String {
    format_cased(fmt, tm, false)
}

fn format_cased(fmt: &str, tm: &Tm, upcase: bool) -> String {
    let f = &tm.f;
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut out = String::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c != '%' {
            if upcase {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut flag = '\0';
        let mut to_upper = upcase;
        let mut change_case = false;
        while i < n && "_-0^#".contains(chars[i]) {
            match chars[i] {
                '^' => to_upper = true,
                '#' => change_case = true,
                other => flag = other,
            }
            i += 1;
        }
        let mut width = -1i64;
        while i < n && chars[i].is_ascii_digit() {
            width = width.max(0).saturating_mul(10).saturating_add(chars[i] as i64 - '0' as i64);
            i += 1;
        }
        let mut modifier = '\0';
        if i < n && (chars[i] == 'E' || chars[i] == 'O') {
            modifier = chars[i];
            i += 1;
        }
        if i >= n {
            let text: String = chars[start..].iter().collect();
            out += &unknown(&text, width, flag, to_upper);
            break;
        }
        let d = chars[i];
        i += 1;
        let directive: String = chars[start..i].iter().collect();
        if modifier == 'E' && !WITH_E.contains(d) || modifier == 'O' && !WITH_O.contains(d) {
            // glibc has read the month names' '#' by then.
            let upper = to_upper || change_case && (d == 'b' || d == 'h');
            out += &unknown(&directive, width, flag, upper);
            continue;
        }
        let text = match d {
            'a' | 'A' | 'b' | 'B' | 'h' | 'p' | 'P' | 'Z' => {
                let mut to_lower = false;
                let mut text = match d {
                    'a' => DAY_ABBR[f[6] as usize % 7].to_string(),
                    'A' => DAY_NAMES[f[6] as usize % 7].to_string(),
                    'b' | 'h' => MONTH_ABBR[f[1] as usize % 12].to_string(),
                    'B' => MONTH_NAMES[f[1] as usize % 12].to_string(),
                    'p' | 'P' => {
                        to_lower = d == 'P';
                        (if f[3] < 12 { "AM" } else { "PM" }).to_string()
                    }
                    _ => match tm.zone {
                        Some(z) => z.to_string(),
                        None if f[8] >= 0 => tm.tzname[(f[8] != 0) as usize].to_string(),
                        None => String::new(),
                    },
                };
                if change_case {
                    if d == 'p' || d == 'Z' {
                        to_lower = true;
                    } else {
                        to_upper = true;
                    }
                }
                if to_lower {
                    text = text.to_lowercase();
                } else if to_upper {
                    text = text.to_uppercase();
                }
                pad(&text, width, flag)
            }
            '%' => pad("%", width, flag),
            'n' => pad("\n", width, flag),
            't' => pad("\t", width, flag),
            'z' if f[8] < 0 => String::new(),
            'z' => offset(f[9], width, flag),
            'Y' => number(f[0], 1, width, flag),
            'G' => number(iso(f).0, 1, width, flag),
            'C' => number(f[0].div_euclid(100), 1, width, flag),
            _ => {
                if let Some(sub) = composite(d) {
                    pad(&format_cased(sub, tm, to_upper), width, flag)
                } else {
                    let (value, digits) = match d {
                        'd' | 'e' => (f[2], 2),
                        'H' | 'k' => (f[3], 2),
                        'I' | 'l' => (if f[3] % 12 == 0 { 12 } else { f[3] % 12 }, 2),
                        'j' => (f[7] + 1, 3),
                        'm' => (f[1] + 1, 2),
                        'M' => (f[4], 2),
                        'S' => (f[5], 2),
                        'y' => (f[0].rem_euclid(100), 2),
                        'g' => (iso(f).0.rem_euclid(100), 2),
                        'V' => (iso(f).1, 2),
                        'U' => ((f[7] - f[6] + 7).div_euclid(7), 2),
                        'W' => ((f[7] - (f[6] - 1 + 7).rem_euclid(7) + 7).div_euclid(7), 2),
                        'u' => ((f[6] - 1 + 7).rem_euclid(7) + 1, 1),
                        'w' => (f[6], 1),
                        's' => ((tm.epoch)(), 1),
                        _ => {
                            out += &unknown(&directive, width, flag, to_upper);
                            continue;
                        }
                    };
                    let spaced = matches!(d, 'e' | 'k' | 'l' | 's');
                    number(value, digits, width, if spaced && flag == '\0' { '_' } else { flag })
                }
            }
        };
        out += &text;
    }
    out
}
