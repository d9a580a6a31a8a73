//! Hand-written parser for test262 frontmatter (`/*--- ... ---*/`).
//!
//! Only the small YAML subset used by test262 is understood, and only the keys
//! the runner needs are interpreted:
//! - `includes`, `flags`, `features`, `locale`: flow lists (`[a, b]`, possibly
//!   spanning lines) or block lists (`- a` lines, indented or not);
//! - `negative`: a block mapping (`phase:` / `type:`) or a flow mapping;
//! - `description`: kept (plain, folded `>` or literal `|` scalar) for
//!   diagnostics.
//!
//! All other keys (`esid`, `info`, `author`, ...) are skipped together with
//! their indented continuation lines, so multi-line scalars containing `key:`
//! text cannot confuse the parser.

use std::fmt;

/// `negative.phase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NegativePhase {
    /// Error while parsing / early errors.
    Parse,
    /// Error during module resolution.
    Resolution,
    /// Error during evaluation.
    Runtime,
}

impl fmt::Display for NegativePhase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NegativePhase::Parse => "parse",
            NegativePhase::Resolution => "resolution",
            NegativePhase::Runtime => "runtime",
        })
    }
}

/// The `negative` frontmatter block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negative {
    /// Expected phase.
    pub phase: NegativePhase,
    /// Expected constructor name, e.g. `SyntaxError`.
    pub error_type: String,
}

/// The `flags` list, decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags {
    /// `onlyStrict`: run in strict mode only.
    pub only_strict: bool,
    /// `noStrict`: run in sloppy mode only.
    pub no_strict: bool,
    /// `module`: evaluate as module code.
    pub module: bool,
    /// `raw`: no harness, no modifications, sloppy only.
    pub raw: bool,
    /// `async`: include `doneprintHandle.js`, wait for `$DONE`.
    pub is_async: bool,
    /// `CanBlockIsFalse`.
    pub can_block_is_false: bool,
    /// `CanBlockIsTrue`.
    pub can_block_is_true: bool,
    /// `non-deterministic` (informative).
    pub non_deterministic: bool,
    /// `generated` (informative).
    pub generated: bool,
    /// Flags this parser does not know about (kept for diagnostics).
    pub unknown: Vec<String>,
}

/// Decoded frontmatter of one test.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// `description` (multi-line values joined with spaces).
    pub description: String,
    /// Harness files to include, in order.
    pub includes: Vec<String>,
    /// Decoded `flags`.
    pub flags: Flags,
    /// `features` list.
    pub features: Vec<String>,
    /// `negative` expectation, if any.
    pub negative: Option<Negative>,
    /// `locale` list (ignored by the runner).
    pub locale: Vec<String>,
}

/// Returns the text between `/*---` and `---*/`, if present.
pub fn extract(source: &str) -> Option<&str> {
    let start = source.find("/*---")? + "/*---".len();
    let len = source[start..].find("---*/")?;
    Some(&source[start..start + len])
}

/// Parses the frontmatter of a whole test file. A file without frontmatter
/// yields default metadata; an unterminated or malformed block is an error.
pub fn parse_test(source: &str) -> Result<Metadata, String> {
    match extract(source) {
        Some(fm) => parse(fm),
        None if source.contains("/*---") => Err("unterminated frontmatter".to_string()),
        None => Ok(Metadata::default()),
    }
}

/// Removes a YAML comment (`#` at the start or after whitespace) outside
/// quotes.
fn strip_comment(s: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut prev_ws = true;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' && prev_ws => return &s[..i],
            None => {}
        }
        prev_ws = c.is_whitespace();
    }
    s
}

/// Strips one pair of matching surrounding quotes.
fn unquote(s: &str) -> &str {
    let s = s.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            return &s[1..s.len() - 1];
        }
    }
    s
}

/// True for lines that continue the previous top-level key: indented, blank,
/// or block-sequence items written at column 0.
fn is_continuation(line: &str) -> bool {
    line.trim().is_empty() || line.starts_with([' ', '\t']) || line.starts_with('-')
}

/// Parses a list value given the text after `key:` and its continuation lines.
fn parse_list(key: &str, rest: &str, block: &[&str]) -> Result<Vec<String>, String> {
    let rest = strip_comment(rest).trim();
    if let Some(after) = rest.strip_prefix('[') {
        // Flow sequence, possibly continued on following lines.
        let mut text = after.to_string();
        let mut lines = block.iter();
        while !text.contains(']') {
            match lines.next() {
                Some(l) => {
                    text.push(' ');
                    text.push_str(strip_comment(l).trim());
                }
                None => return Err(format!("`{key}`: unterminated flow list")),
            }
        }
        let inner = &text[..text.rfind(']').unwrap_or(text.len())];
        return Ok(inner.split(',').map(unquote).filter(|s| !s.is_empty()).map(str::to_string).collect());
    }
    if !rest.is_empty() {
        // A bare scalar: treat as a one-element list.
        return Ok(vec![unquote(rest).to_string()]);
    }
    let mut items = Vec::new();
    for line in block {
        let l = strip_comment(line).trim();
        if l.is_empty() {
            continue;
        }
        match l.strip_prefix('-') {
            Some(item) => {
                let item = unquote(item);
                if !item.is_empty() {
                    items.push(item.to_string());
                }
            }
            None => return Err(format!("`{key}`: expected `- item`, found `{l}`")),
        }
    }
    Ok(items)
}

/// Parses the `negative` mapping.
fn parse_negative(rest: &str, block: &[&str]) -> Result<Negative, String> {
    let rest = strip_comment(rest).trim();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut push_pair = |entry: &str| -> Result<(), String> {
        let entry = entry.trim();
        if entry.is_empty() {
            return Ok(());
        }
        let (k, v) =
            entry.split_once(':').ok_or_else(|| format!("`negative`: expected `key: value`, found `{entry}`"))?;
        pairs.push((k.trim().to_string(), unquote(v).to_string()));
        Ok(())
    };
    if let Some(inner) = rest.strip_prefix('{') {
        let inner = inner.trim_end_matches('}');
        for entry in inner.split(',') {
            push_pair(entry)?;
        }
    } else if rest.is_empty() {
        for line in block {
            push_pair(strip_comment(line))?;
        }
    } else {
        return Err(format!("`negative`: unexpected value `{rest}`"));
    }
    let mut phase = None;
    let mut error_type = None;
    for (k, v) in pairs {
        match k.as_str() {
            "phase" => {
                phase = Some(match v.as_str() {
                    "parse" => NegativePhase::Parse,
                    "resolution" => NegativePhase::Resolution,
                    "runtime" => NegativePhase::Runtime,
                    other => return Err(format!("`negative`: unknown phase `{other}`")),
                })
            }
            "type" => error_type = Some(v),
            _ => {}
        }
    }
    match (phase, error_type) {
        (Some(phase), Some(error_type)) if !error_type.is_empty() => Ok(Negative { phase, error_type }),
        (None, _) => Err("`negative`: missing `phase`".to_string()),
        _ => Err("`negative`: missing `type`".to_string()),
    }
}

/// Parses a scalar (plain, quoted, `>` folded or `|` literal); lines are
/// joined with single spaces.
fn parse_scalar(rest: &str, block: &[&str]) -> String {
    let rest = rest.trim();
    let mut parts: Vec<&str> = Vec::new();
    if !(rest.starts_with('>') || rest.starts_with('|') || rest.is_empty()) {
        parts.push(rest);
    }
    parts.extend(block.iter().map(|l| l.trim()).filter(|l| !l.is_empty()));
    unquote(&parts.join(" ")).to_string()
}

/// Applies the `flags` list.
fn decode_flags(list: Vec<String>) -> Flags {
    let mut flags = Flags::default();
    for f in list {
        match f.as_str() {
            "onlyStrict" => flags.only_strict = true,
            "noStrict" => flags.no_strict = true,
            "module" => flags.module = true,
            "raw" => flags.raw = true,
            "async" => flags.is_async = true,
            "CanBlockIsFalse" => flags.can_block_is_false = true,
            "CanBlockIsTrue" => flags.can_block_is_true = true,
            "non-deterministic" => flags.non_deterministic = true,
            "generated" => flags.generated = true,
            _ => flags.unknown.push(f),
        }
    }
    flags
}

/// Parses the YAML text of a frontmatter block (without the delimiters).
pub fn parse(yaml: &str) -> Result<Metadata, String> {
    // Lines end in LF, CRLF or a lone CR (some tests use CR line terminators).
    let normalized = yaml.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = normalized.lines().collect();
    let mut meta = Metadata::default();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if is_continuation(line) || line.starts_with('#') {
            // Blank line, comment, or continuation of a key we skipped.
            i += 1;
            continue;
        }
        let (key, rest) =
            line.split_once(':').ok_or_else(|| format!("frontmatter line {}: expected `key:`: `{line}`", i + 1))?;
        let key = key.trim();
        let mut j = i + 1;
        while j < lines.len() && is_continuation(lines[j]) {
            j += 1;
        }
        let block = &lines[i + 1..j];
        match key {
            "includes" => meta.includes = parse_list(key, rest, block)?,
            "features" => meta.features = parse_list(key, rest, block)?,
            "locale" => meta.locale = parse_list(key, rest, block)?,
            "flags" => meta.flags = decode_flags(parse_list(key, rest, block)?),
            "negative" => meta.negative = Some(parse_negative(rest, block)?),
            "description" => meta.description = parse_scalar(rest, block),
            _ => {}
        }
        i = j;
    }
    Ok(meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_lists_and_flags() {
        let src = "// Copyright\n/*---\nesid: sec-foo\ndescription: Simple\nincludes: [compareArray.js, propertyHelper.js]\nflags: [onlyStrict, async]\nfeatures: [Symbol.iterator, 'class']\n---*/\nbody();\n";
        let m = parse_test(src).unwrap();
        assert_eq!(m.description, "Simple");
        assert_eq!(m.includes, ["compareArray.js", "propertyHelper.js"]);
        assert_eq!(m.features, ["Symbol.iterator", "class"]);
        assert!(m.flags.only_strict && m.flags.is_async);
        assert!(!m.flags.no_strict && !m.flags.module && !m.flags.raw);
        assert!(m.negative.is_none());
    }

    #[test]
    fn block_lists_indented_and_unindented() {
        let fm = "description: x\nincludes:\n  - a.js\n  - \"b.js\"\nfeatures:\n- Symbol.toStringTag\n- Symbol.iterator  # comment\nflags:\n    - noStrict\n";
        let m = parse(fm).unwrap();
        assert_eq!(m.includes, ["a.js", "b.js"]);
        assert_eq!(m.features, ["Symbol.toStringTag", "Symbol.iterator"]);
        assert!(m.flags.no_strict);
    }

    #[test]
    fn flow_list_spanning_lines_and_empty_list() {
        let fm = "features: [a,\n  b, c]\nflags: []\nincludes: [x.js] # trailing comment\n";
        let m = parse(fm).unwrap();
        assert_eq!(m.features, ["a", "b", "c"]);
        assert_eq!(m.flags, Flags::default());
        assert_eq!(m.includes, ["x.js"]);
    }

    #[test]
    fn negative_blocks() {
        let m = parse("negative:\n  phase: parse\n  type: SyntaxError\nflags: [module]\n").unwrap();
        assert_eq!(m.negative, Some(Negative { phase: NegativePhase::Parse, error_type: "SyntaxError".into() }));
        assert!(m.flags.module);

        let m = parse("negative:\n    phase: resolution\n    type: ReferenceError\n").unwrap();
        assert_eq!(m.negative.unwrap().phase, NegativePhase::Resolution);

        let m = parse("negative: {phase: runtime, type: Test262Error}\n").unwrap();
        let n = m.negative.unwrap();
        assert_eq!(n.phase, NegativePhase::Runtime);
        assert_eq!(n.error_type, "Test262Error");

        assert!(parse("negative:\n  type: SyntaxError\n").is_err());
        assert!(parse("negative:\n  phase: early\n  type: SyntaxError\n").is_err());
        assert!(parse("negative:\n  phase: parse\n").is_err());
    }

    #[test]
    fn multiline_description_and_info_before_fields() {
        let fm = "esid: sec-array.prototype.map\ndescription: >\n    A long description that\n    spans: several lines\ninfo: |\n    Array.prototype.map ( callbackfn [ , thisArg ] )\n\n    flags: [this is not a key]\n    1. Let O be ? ToObject(this value).\nincludes: [compareArray.js]\nnegative:\n  phase: runtime\n  type: TypeError\nflags: [noStrict]\n";
        let m = parse(fm).unwrap();
        assert_eq!(m.description, "A long description that spans: several lines");
        assert_eq!(m.includes, ["compareArray.js"]);
        assert!(m.flags.no_strict);
        assert!(m.flags.unknown.is_empty());
        assert_eq!(m.negative.unwrap().error_type, "TypeError");
    }

    #[test]
    fn plain_multiline_description() {
        let m = parse("description: first line\n  second line\nfeatures: [x]\n").unwrap();
        assert_eq!(m.description, "first line second line");
        assert_eq!(m.features, ["x"]);
    }

    #[test]
    fn missing_and_unterminated_frontmatter() {
        assert_eq!(parse_test("var x = 1;").unwrap(), Metadata::default());
        assert!(parse_test("/*---\nflags: [raw]\n").is_err());
        assert!(parse("flags: [raw\n").is_err());
    }

    #[test]
    fn all_flags_and_unknown_flag() {
        let m = parse("flags: [onlyStrict, noStrict, module, raw, async, CanBlockIsFalse, CanBlockIsTrue, non-deterministic, generated, futureFlag]").unwrap();
        let f = m.flags;
        assert!(f.only_strict && f.no_strict && f.module && f.raw && f.is_async);
        assert!(f.can_block_is_false && f.can_block_is_true && f.non_deterministic && f.generated);
        assert_eq!(f.unknown, ["futureFlag"]);
    }
}
