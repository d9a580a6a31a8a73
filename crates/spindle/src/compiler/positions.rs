//! Source positions: byte offsets (what oxc's spans hold) to 1-based line and column, the
//! column counted in UTF-16 code units as V8 reports it.
//!
//! The table is built once per compiled source in one pass, so each position costs a binary
//! search. (Counting the UTF-16 units from the start of the line for every position made a
//! one-line minified program quadratic to compile: 20 000 statements on one line took 10 s.)

/// Line starts and the places where UTF-8 and UTF-16 lengths diverge.
pub struct SourcePositions {
    /// Byte offset of the start of each line (line terminators: LF, CR, CRLF, U+2028, U+2029).
    line_starts: Vec<u32>,
    /// For each non-ASCII character: its byte offset and how many more UTF-8 bytes than
    /// UTF-16 units the source has up to and including it (sorted by offset).
    wide: Vec<(u32, u32)>,
}

impl SourcePositions {
    pub fn new(src: &str) -> SourcePositions {
        let mut line_starts = vec![0u32];
        let mut wide = Vec::new();
        let mut extra = 0u32;
        let b = src.as_bytes();
        let mut i = 0;
        // Bytes, not chars: ASCII (almost all of a real program) costs one compare per byte.
        while i < b.len() {
            // Runs of ASCII without a line break are skipped 32 bytes at a time: the test
            // ORs the chunk's flags, which compiles to vector compares (a one-line bundle is
            // one such run).
            while let Some(chunk) = b.get(i..i + 32)
                && !chunk.iter().fold(false, |any, &c| any | (c >= 0x80) | (c == b'\n') | (c == b'\r'))
            {
                i += 32;
            }
            let Some(&c) = b.get(i) else { break };
            if c < 0x80 {
                if c == b'\n' {
                    line_starts.push(i as u32 + 1);
                } else if c == b'\r' {
                    let crlf = b.get(i + 1) == Some(&b'\n');
                    i += usize::from(crlf);
                    line_starts.push(i as u32 + 1);
                }
                i += 1;
                continue;
            }
            // A UTF-8 lead byte: 2 or 3 bytes are one UTF-16 unit, 4 bytes are two.
            let (len, units) = match c {
                0xF0.. => (4, 2),
                0xE0.. => (3, 1),
                _ => (2, 1),
            };
            if c == 0xE2 && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) {
                line_starts.push(i as u32 + 3); // U+2028, U+2029
            }
            extra += len - units;
            wide.push((i as u32, extra));
            i += len as usize;
        }
        SourcePositions { line_starts, wide }
    }

    /// The table of a source whose first `prefix` bytes are a wrapper the compiler added on
    /// the first line (CommonJS's function header): positions are the user's.
    pub fn with_prefix(src: &str, prefix: u32) -> SourcePositions {
        let mut p = SourcePositions::new(src);
        if p.line_starts.get(1).is_none_or(|&next| next > prefix) {
            p.line_starts[0] = prefix;
        }
        p
    }

    /// UTF-16 units before byte offset `offset`.
    fn utf16_offset(&self, offset: u32) -> u32 {
        let before = self.wide.partition_point(|&(o, _)| o < offset);
        let extra = if before == 0 { 0 } else { self.wide[before - 1].1 };
        offset - extra
    }

    /// Line and column (both 1-based, column in UTF-16 units) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let offset = offset.max(start);
        (line as u32, self.utf16_offset(offset) - self.utf16_offset(start) + 1)
    }

    /// The text of 1-based line `line`, without its terminator.
    pub fn source_line<'s>(&self, src: &'s str, line: u32) -> &'s str {
        let start = self.line_starts.get(line as usize - 1).copied().unwrap_or(0) as usize;
        let end = self.line_starts.get(line as usize).map_or(src.len(), |&e| e as usize);
        src.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The column of every character, counted the slow way.
    fn naive(src: &str, offset: usize) -> (u32, u32) {
        let before = &src[..offset];
        let mut line = 1;
        let mut col = 0;
        let mut prev = '\0';
        for c in before.chars() {
            match c {
                '\n' if prev == '\r' => {}
                '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                    line += 1;
                    col = 0;
                }
                _ => col += c.len_utf16() as u32,
            }
            if c == '\n' && prev == '\r' {
                col = 0;
            }
            prev = c;
        }
        (line, col + 1)
    }

    #[test]
    fn matches_counting_from_the_line_start() {
        let src = "let a = 'é';\r\nlet 𝒳 = 1;\rb\u{2028}c = '日本';\n\nx";
        let pos = SourcePositions::new(src);
        for (i, _) in src.char_indices() {
            if src[..i].ends_with('\r') && src[i..].starts_with('\n') {
                continue; // inside a CRLF pair: no token starts there
            }
            assert_eq!(pos.line_col(i as u32), naive(src, i), "offset {i}");
        }
        assert_eq!(pos.line_col(src.len() as u32), naive(src, src.len()));
        assert_eq!(pos.source_line(src, 2), "let 𝒳 = 1;");
        assert_eq!(pos.source_line(src, 4), "c = '日本';");
    }

    /// The table's size is linear in the source and a lookup is a binary search: a
    /// 1 MB one-line source with a non-ASCII character every 10 bytes has one entry per
    /// such character and one line.
    #[test]
    fn one_long_line_costs_one_table() {
        let src = "x='é';y=1;".repeat(100_000);
        let pos = SourcePositions::new(&src);
        assert_eq!(pos.line_starts.len(), 1);
        assert_eq!(pos.wide.len(), 100_000);
        let last = src.len() as u32 - 4;
        assert_eq!(pos.line_col(last), (1, last - 100_000 + 1));
    }
}
