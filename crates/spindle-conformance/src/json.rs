//! Helpers for writing JSON by hand (the test262 runner's results file keeps one test
//! per line, which a generic serializer does not do).

use std::fmt::Write as _;

/// `s` as a JSON string literal, with the surrounding quotes: `"` and `\` escaped, line
/// feed, carriage return and tab as `\n`, `\r`, `\t`, the other control characters and
/// U+2028/U+2029 as `\uXXXX`.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The items as a JSON array on one line (`[a, b]`), each rendered by `item`.
pub fn json_array<T>(items: impl IntoIterator<Item = T>, item: impl FnMut(T) -> String) -> String {
    format!("[{}]", items.into_iter().map(item).collect::<Vec<_>>().join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}\u{2028}é"), "\"a\\\"b\\\\c\\nd\\u0001\\u2028é\"");
    }

    #[test]
    fn arrays() {
        assert_eq!(json_array(["a", "b"], json_string), "[\"a\", \"b\"]");
        assert_eq!(json_array(Vec::<&str>::new(), json_string), "[]");
    }
}
