//! String-level helpers of the inspector: Node's `strEscape` quoting, key escaping,
//! number formatting, UTF-16 lengths and terminal column widths.

use crate::value::number::number_to_string;

/// Length in UTF-16 code units (what `String.prototype.length` reports for Node's strings).
pub fn len16(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// `s` without its ANSI colour sequences (`ESC [ … m`).
pub fn remove_colors(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d == 'm' {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// Node's `meta` table entry for a code unit that needs escaping.
fn meta(c: u16) -> String {
    match c {
        0x08 => "\\b".into(),
        0x09 => "\\t".into(),
        0x0A => "\\n".into(),
        0x0C => "\\f".into(),
        0x0D => "\\r".into(),
        0x27 => "\\'".into(),
        0x5C => "\\\\".into(),
        c if c < 0x20 || (0x7F..=0x9F).contains(&c) => format!("\\x{c:02X}"),
        // Lone surrogates: `\u${code.toString(16)}`.
        c => format!("\\u{c:x}"),
    }
}

/// Appends `units` to `out`, escaping control characters, C1 controls, the backslash, lone
/// surrogates and (when `escape_quote`) the single quote, as Node's `strEscape` does.
fn escape_into(out: &mut String, units: &[u16], escape_quote: bool) {
    let mut i = 0;
    while i < units.len() {
        let c = units[i];
        match c {
            0xD800..=0xDBFF if i + 1 < units.len() && (0xDC00..=0xDFFF).contains(&units[i + 1]) => {
                let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (units[i + 1] as u32 - 0xDC00);
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                i += 2;
                continue;
            }
            0xD800..=0xDFFF => out.push_str(&meta(c)),
            0x27 if escape_quote => out.push_str(&meta(c)),
            0x5C => out.push_str(&meta(c)),
            c if c < 0x20 || (0x7F..=0x9F).contains(&c) => out.push_str(&meta(c)),
            c => out.push(char::from_u32(c as u32).unwrap_or('\u{FFFD}')),
        }
        i += 1;
    }
}

fn contains_seq(units: &[u16], pat: &str) -> bool {
    let p: Vec<u16> = pat.encode_utf16().collect();
    units.windows(p.len()).any(|w| w == p.as_slice())
}

/// Node's `strEscape`: quotes a string with single quotes, or with double quotes / backticks
/// when that avoids escaping a single quote, escaping control characters.
pub fn str_escape(units: &[u16]) -> String {
    let mut quote = '\'';
    if units.contains(&0x27) {
        if !units.contains(&0x22) {
            quote = '"';
        } else if !units.contains(&0x60) && !contains_seq(units, "${") {
            quote = '`';
        }
    }
    let mut out = String::with_capacity(units.len() + 2);
    out.push(quote);
    escape_into(&mut out, units, quote == '\'');
    out.push(quote);
    out
}

/// `str.replace(strEscapeSequencesReplacer, escapeFn)`: escapes without adding quotes (used
/// for symbol keys and non-enumerable keys).
pub fn escape_all(units: &[u16]) -> String {
    let mut out = String::with_capacity(units.len());
    escape_into(&mut out, units, true);
    out
}

/// Whether a key can be printed unquoted (`/^[a-zA-Z_][a-zA-Z_0-9]*$/`).
pub fn is_plain_key(units: &[u16]) -> bool {
    let ok = |c: u16, first: bool| {
        c < 0x80 && {
            let b = c as u8;
            b.is_ascii_alphabetic() || b == b'_' || (!first && b.is_ascii_digit())
        }
    };
    !units.is_empty() && ok(units[0], true) && units[1..].iter().all(|&c| ok(c, false))
}

/// Node's `formatNumber` without numeric separators: `-0` keeps its sign.
pub fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() { "-0".into() } else { number_to_string(n) }
}

/// Node's addNumericalSeparator: `_` between groups of three digits of an integer string.
pub fn add_numerical_separator(digits: &str) -> String {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// Node's formatNumber with `numericSeparator`: the integer part grouped from the right,
/// the fraction's digits from the left (addNumericalSeparatorEnd).
pub fn format_number_separated(n: f64) -> String {
    let text = format_number(n);
    if !n.is_finite() || text.contains('e') {
        return text;
    }
    match text.split_once('.') {
        None => add_numerical_separator(&text),
        Some((int, frac)) => {
            let mut end = String::new();
            for (i, c) in frac.chars().enumerate() {
                if i > 0 && i % 3 == 0 {
                    end.push('_');
                }
                end.push(c);
            }
            format!("{}.{end}", add_numerical_separator(int))
        }
    }
}

/// Splits after each line feed (`str.split(/(?<=\n)/)`).
pub fn split_after_newlines(units: &[u16]) -> Vec<&[u16]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, &c) in units.iter().enumerate() {
        if c == 0x0A && i + 1 < units.len() {
            parts.push(&units[start..=i]);
            start = i + 1;
        }
    }
    parts.push(&units[start..]);
    parts
}

fn is_zero_width(cp: u32) -> bool {
    cp <= 0x1F
        || (0x7F..=0x9F).contains(&cp)
        || (0x300..=0x36F).contains(&cp)
        || (0x200B..=0x200F).contains(&cp)
        || (0x20D0..=0x20FF).contains(&cp)
        || (0xFE00..=0xFE0F).contains(&cp)
        || (0xFE20..=0xFE2F).contains(&cp)
        || (0xE0100..=0xE01EF).contains(&cp)
}

fn is_full_width(cp: u32) -> bool {
    cp >= 0x1100
        && (cp <= 0x115F
            || cp == 0x2329
            || cp == 0x232A
            || ((0x2E80..=0x3247).contains(&cp) && cp != 0x303F)
            || (0x3250..=0x4DBF).contains(&cp)
            || (0x4E00..=0xA4C6).contains(&cp)
            || (0xA960..=0xA97C).contains(&cp)
            || (0xAC00..=0xD7A3).contains(&cp)
            || (0xF900..=0xFAFF).contains(&cp)
            || (0xFE10..=0xFE19).contains(&cp)
            || (0xFE30..=0xFE6B).contains(&cp)
            || (0xFF01..=0xFF60).contains(&cp)
            || (0xFFE0..=0xFFE6).contains(&cp)
            || (0x1B000..=0x1B001).contains(&cp)
            || (0x1F200..=0x1F251).contains(&cp)
            || (0x1F300..=0x1F64F).contains(&cp)
            || (0x1F680..=0x1F6FF).contains(&cp)
            || (0x1F900..=0x1F9FF).contains(&cp)
            || (0x20000..=0x3FFFD).contains(&cp))
}

/// Node's `getStringWidth(str, false)`: the number of terminal columns the text occupies
/// (ASCII controls count zero, East Asian wide characters two).
pub fn string_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let cp = c as u32;
            if cp < 0x7F {
                usize::from(cp >= 0x20)
            } else if is_zero_width(cp) {
                0
            } else if is_full_width(cp) {
                2
            } else {
                1
            }
        })
        .sum()
}

/// Formatted output under construction. Node builds its output from JS strings, which V8
/// concatenates as ropes, so wrapping a nested object's text in its parent's braces costs
/// nothing however large that text is. `Text` is such a rope: a leaf string or a list of
/// parts, with the UTF-16 length, the terminal width and "contains a line break" kept for
/// the whole, because those are all the layout (`reduceToSingleString`,
/// `isBelowBreakLength`, `groupArrayElements`) ever asks of an entry. Inspecting therefore
/// costs time linear in the output: each piece of text is written once, by `into_string`.
#[derive(Debug, Default)]
pub(crate) struct Text {
    parts: Parts,
    len16: usize,
    width: usize,
    bytes: usize,
    newline: bool,
}

#[derive(Debug)]
enum Parts {
    Leaf(String),
    Cat(Vec<Text>),
}

impl Default for Parts {
    fn default() -> Self {
        Parts::Leaf(String::new())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        // With colours, lengths and widths are the visible text's (Node's removeColors).
        let (len16, width) = if s.contains('\x1b') {
            let visible = remove_colors(&s);
            (len16(&visible), string_width(&visible))
        } else {
            (len16(&s), string_width(&s))
        };
        Text { len16, width, bytes: s.len(), newline: s.contains('\n'), parts: Parts::Leaf(s) }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::from(s.to_string())
    }
}

impl Text {
    /// The concatenation of `parts`, without copying them.
    pub fn cat(parts: impl IntoIterator<Item = Text>) -> Text {
        let mut t = Text { parts: Parts::Cat(Vec::new()), ..Text::default() };
        for p in parts {
            t.push(p);
        }
        t
    }

    /// Appends `p`.
    pub fn push(&mut self, p: Text) {
        if p.bytes == 0 {
            return;
        }
        if self.bytes == 0 {
            *self = p;
            return;
        }
        self.len16 += p.len16;
        self.width += p.width;
        self.bytes += p.bytes;
        self.newline |= p.newline;
        match &mut self.parts {
            Parts::Cat(v) => v.push(p),
            Parts::Leaf(s) => {
                let first = Text::from(std::mem::take(s));
                self.parts = Parts::Cat(vec![first, p]);
            }
        }
    }

    /// `parts` joined by `sep` (`Array.prototype.join`).
    pub fn join(parts: Vec<Text>, sep: &str) -> Text {
        let mut t = Text::cat([]);
        for (i, p) in parts.into_iter().enumerate() {
            if i > 0 {
                t.push(Text::from(sep));
            }
            t.push(p);
        }
        t
    }

    /// Length in UTF-16 code units (JS `length`).
    pub fn len16(&self) -> usize {
        self.len16
    }

    /// Terminal columns (`getStringWidth`, which adds up per character).
    pub fn width(&self) -> usize {
        self.width
    }

    /// Whether the text contains a line feed.
    pub fn has_newline(&self) -> bool {
        self.newline
    }

    /// `padStart(n)` with spaces.
    pub fn pad_start(self, n: usize) -> Text {
        if self.len16 >= n { self } else { Text::cat([Text::from(" ".repeat(n - self.len16)), self]) }
    }

    /// `padEnd(n)` with spaces.
    pub fn pad_end(self, n: usize) -> Text {
        let l = self.len16;
        if l >= n { self } else { Text::cat([self, Text::from(" ".repeat(n - l))]) }
    }

    /// The text as one string. Iterative (the tree is as deep as the inspected value), and
    /// it takes the tree apart as it goes, so dropping it does not recurse either.
    pub fn into_string(self) -> String {
        let mut out = String::with_capacity(self.bytes);
        let mut stack = vec![self];
        while let Some(t) = stack.pop() {
            match t.parts {
                Parts::Leaf(s) => out.push_str(&s),
                Parts::Cat(v) => stack.extend(v.into_iter().rev()),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn quoting() {
        assert_eq!(str_escape(&u("abc")), "'abc'");
        assert_eq!(str_escape(&u("it's")), "\"it's\"");
        assert_eq!(str_escape(&u("it's \"x\"")), "`it's \"x\"`");
        assert_eq!(str_escape(&u("it's \"x\" `y`")), "'it\\'s \"x\" `y`'");
        assert_eq!(str_escape(&u("a\nb\x7f")), "'a\\nb\\x7F'");
        assert_eq!(str_escape(&[0xD800, 0x61]), "'\\ud800a'");
    }

    #[test]
    fn splitting() {
        let s = u("a\nb\n\nc\n");
        let parts: Vec<String> = split_after_newlines(&s).iter().map(|p| String::from_utf16_lossy(p)).collect();
        assert_eq!(parts, vec!["a\n", "b\n", "\n", "c\n"]);
    }
}
