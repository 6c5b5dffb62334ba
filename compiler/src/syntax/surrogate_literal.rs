//! String literals that hold lone surrogates (`'\udc80'`).
//!
//! The parser decodes a literal into a Rust `String`, which cannot hold a
//! surrogate (it puts U+FFFD there). When the literal's source has a
//! surrogate escape, the source is decoded again here, into generalized
//! UTF-8 (each surrogate written alone with UTF-8's three-byte scheme, as
//! the runtime's strings hold them), and the literal becomes
//! `b'...'.decode('utf-8', 'surrogatepass')` of those bytes: the same
//! code points, built when evaluated.

/// The generalized UTF-8 of the string literal (or run of adjacent
/// literals) whose source is `src`, if a piece of it has an escape of a
/// surrogate; `None` otherwise, or for an f-string or bytes piece, which
/// are left to the parser (and its refusal).
pub fn decode(src: &str) -> Option<Vec<u8>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut surrogate = false;
    let mut i = 0;
    loop {
        // Between pieces: spaces, line continuations, comments.
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => i += 1,
                b'\\' => i += 1,
                b'#' => {
                    while i < b.len() && b[i] != b'\n' {
                        i += 1;
                    }
                }
                _ => break,
            }
        }
        if i >= b.len() {
            break;
        }
        let mut raw = false;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            match b[i].to_ascii_lowercase() {
                b'r' => raw = true,
                b'u' => {}
                _ => return None,
            }
            i += 1;
        }
        let q = *b.get(i)?;
        if q != b'\'' && q != b'"' {
            return None;
        }
        let triple = b.get(i..i + 3) == Some(&[q, q, q][..]);
        let close: &[u8] = if triple { &b[i..i + 3] } else { &b[i..i + 1] };
        i += close.len();
        loop {
            if b.get(i..i + close.len())? == close {
                i += close.len();
                break;
            }
            if b[i] != b'\\' {
                let n = utf8_len(b[i]);
                out.extend_from_slice(b.get(i..i + n)?);
                i += n;
                continue;
            }
            if raw {
                // A raw backslash stays, and keeps the next character.
                out.push(b'\\');
                let n = utf8_len(*b.get(i + 1)?);
                out.extend_from_slice(b.get(i + 1..i + 1 + n)?);
                i += 1 + n;
                continue;
            }
            let (code, used) = escape(b, i)?;
            if let Some(c) = code {
                surrogate |= (0xD800..0xE000).contains(&c);
                push_code(&mut out, c);
            }
            i += used;
        }
    }
    surrogate.then_some(out)
}

/// The escape at `b[at]` (a backslash): the code point it stands for
/// (`None` for a line continuation) and its length.
fn escape(b: &[u8], at: usize) -> Option<(Option<u32>, usize)> {
    let kind = *b.get(at + 1)?;
    let simple = |c: u8| Some((Some(c as u32), 2));
    match kind {
        b'\n' => Some((None, 2)),
        b'\r' => Some((None, if b.get(at + 2) == Some(&b'\n') { 3 } else { 2 })),
        b'\\' | b'\'' | b'"' => simple(kind),
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0c),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0b),
        b'0'..=b'7' => {
            let digits = b[at + 1..].iter().take(3).take_while(|&&d| (b'0'..=b'7').contains(&d)).count();
            let v = std::str::from_utf8(&b[at + 1..at + 1 + digits]).ok()?;
            Some((Some(u32::from_str_radix(v, 8).ok()?), 1 + digits))
        }
        b'x' | b'u' | b'U' => {
            let n = match kind {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let hex = std::str::from_utf8(b.get(at + 2..at + 2 + n)?).ok()?;
            Some((Some(u32::from_str_radix(hex, 16).ok()?), 2 + n))
        }
        b'N' => {
            let end = at + b[at..].iter().position(|&c| c == b'}')?;
            let name = std::str::from_utf8(b.get(at + 3..end)?).ok()?;
            Some((Some(unicode_names2::character(name)? as u32), end + 1 - at))
        }
        // Not an escape: the backslash stays, and the character is read next.
        _ => Some((Some(b'\\' as u32), 1)),
    }
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Writes code point `c` in generalized UTF-8.
fn push_code(out: &mut Vec<u8>, c: u32) {
    match char::from_u32(c) {
        Some(ch) => out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
        None => {
            out.extend_from_slice(&[0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn surrogates_and_their_neighbours() {
        assert_eq!(decode(r"'a\udc80b'"), Some(b"a\xed\xb2\x80b".to_vec()));
        assert_eq!(decode(r"'\ud83d' '\ude00' # c"), Some(b"\xed\xa0\xbd\xed\xb8\x80".to_vec()));
        assert_eq!(
            decode(r"'\x41\101\N{EURO SIGN}\q\udfff'"),
            Some("AA\u{20ac}\\q".bytes().chain(*b"\xed\xbf\xbf").collect())
        );
        assert_eq!(decode(r"r'\ud800'"), None);
        assert_eq!(decode(r"'\\ud800'"), None);
        assert_eq!(decode(r"f'\ud800'"), None);
    }
}
