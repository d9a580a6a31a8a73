//! Result types and the worker -> supervisor wire format.
//!
//! A worker answers every test id it receives with exactly one line:
//!
//! ```text
//! \x1eT262\t<id>\t<recycle 0|1>\t<ms>\t<pass|fail>\t<reason>(\t<mode>\t<pass 0|1>\t<detail>)*
//! ```
//!
//! Fields are tab-separated and escaped (`\\`, `\t`, `\n`, `\r`). The leading
//! `\x1e` (record separator) marker lets the supervisor ignore stray output an
//! engine might write to stdout, even on the same line.

use std::fmt;

/// How one run of a test was executed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// Classic script, no `"use strict"` prefix.
    NonStrict,
    /// Classic script with the `"use strict";` prefix.
    Strict,
    /// Module code.
    Module,
}

impl Mode {
    /// Stable name used in JSON and the wire format.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::NonStrict => "non-strict",
            Mode::Strict => "strict",
            Mode::Module => "module",
        }
    }

    /// Inverse of [`Mode::as_str`].
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "non-strict" => Some(Mode::NonStrict),
            "strict" => Some(Mode::Strict),
            "module" => Some(Mode::Module),
            _ => None,
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Outcome of one run (one executor call).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    /// Mode of this run.
    pub mode: Mode,
    /// Whether this run met the test's expectation.
    pub passed: bool,
    /// Failure reason (empty when passed).
    pub detail: String,
}

/// Why a test was not run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkipKind {
    /// Uses a feature listed in `unsupported-features.txt`; excluded from the
    /// pass-% denominator.
    UnsupportedFeature,
    /// Any other reason (module tests while modules are disabled);
    /// *included* in the denominator (counts as not passed).
    Other,
}

/// Final status of a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Every required run passed.
    Pass,
    /// At least one run failed (or the worker timed out / crashed).
    Fail,
    /// Not run.
    Skip(SkipKind),
}

impl Status {
    /// `pass`, `fail` or `skip`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Fail => "fail",
            Status::Skip(_) => "skip",
        }
    }
}

/// Result of one test (all its runs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// Path relative to the suite's `test/` directory.
    pub id: String,
    /// Final status.
    pub status: Status,
    /// Failure or skip reason (empty for passes).
    pub reason: String,
    /// Runs that were executed (may be fewer than required if an earlier run
    /// timed out or panicked; empty for skips and supervisor-level failures).
    pub runs: Vec<RunResult>,
    /// Wall time spent in the worker, in milliseconds.
    pub duration_ms: u64,
}

impl TestResult {
    /// A failure decided outside of the executor (timeout, crash, bad file).
    pub fn failed(id: &str, reason: impl Into<String>) -> Self {
        TestResult { id: id.to_string(), status: Status::Fail, reason: reason.into(), runs: Vec::new(), duration_ms: 0 }
    }

    /// A skipped test.
    pub fn skipped(id: &str, kind: SkipKind, reason: impl Into<String>) -> Self {
        TestResult {
            id: id.to_string(),
            status: Status::Skip(kind),
            reason: reason.into(),
            runs: Vec::new(),
            duration_ms: 0,
        }
    }

    /// Builds the result of a set of runs: passes iff every run passed and at
    /// least `required` runs were made. The reason is the first failing run's
    /// detail, prefixed with its mode when the test has several modes.
    pub fn from_runs(id: &str, runs: Vec<RunResult>, required: usize, duration_ms: u64) -> Self {
        let failing = runs.iter().find(|r| !r.passed);
        let (status, reason) = match failing {
            Some(r) if required > 1 => (Status::Fail, format!("[{}] {}", r.mode, r.detail)),
            Some(r) => (Status::Fail, r.detail.clone()),
            None if runs.len() < required => (Status::Fail, "not all runs executed".to_string()),
            None => (Status::Pass, String::new()),
        };
        TestResult { id: id.to_string(), status, reason, runs, duration_ms }
    }
}

/// Longest failure detail kept per run (longer ones are cut, keeping the
/// start), so one pathological error message cannot bloat the wire or JSON.
pub const MAX_DETAIL_BYTES: usize = 2000;

/// Cuts `s` to at most [`MAX_DETAIL_BYTES`] (on a char boundary), marking the
/// cut with `...`.
pub fn truncate_detail(mut s: String) -> String {
    if s.len() > MAX_DETAIL_BYTES {
        let mut cut = MAX_DETAIL_BYTES;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str("...");
    }
    s
}

/// Marker starting every result line.
pub const WIRE_MARKER: &str = "\x1eT262\t";

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// Encodes a worker result as one line (without the trailing newline).
/// `recycle` tells the supervisor the worker exits after this line.
pub fn encode_wire(result: &TestResult, recycle: bool) -> String {
    let mut line = format!(
        "{WIRE_MARKER}{}\t{}\t{}\t{}\t{}",
        escape(&result.id),
        u8::from(recycle),
        result.duration_ms,
        result.status.as_str(),
        escape(&result.reason),
    );
    for run in &result.runs {
        line.push('\t');
        line.push_str(run.mode.as_str());
        line.push('\t');
        line.push(if run.passed { '1' } else { '0' });
        line.push('\t');
        line.push_str(&escape(&run.detail));
    }
    line
}

/// Decodes a line produced by [`encode_wire`] into the result and the
/// `recycle` flag; anything before the marker is ignored. Returns `None` for
/// lines that are not (well-formed) result lines. Skips cannot be encoded.
pub fn decode_wire(line: &str) -> Option<(TestResult, bool)> {
    let start = line.find(WIRE_MARKER)? + WIRE_MARKER.len();
    let line = line[start..].trim_end_matches(['\n', '\r']);
    let fields: Vec<&str> = line.split('\t').collect();
    if fields.len() < 5 || !(fields.len() - 5).is_multiple_of(3) {
        return None;
    }
    let status = match fields[3] {
        "pass" => Status::Pass,
        "fail" => Status::Fail,
        _ => return None,
    };
    let runs = fields[5..]
        .chunks(3)
        .map(|c| Some(RunResult { mode: Mode::parse(c[0])?, passed: c[1] == "1", detail: unescape(c[2]) }))
        .collect::<Option<Vec<_>>>()?;
    let result = TestResult {
        id: unescape(fields[0]),
        status,
        reason: unescape(fields[4]),
        runs,
        duration_ms: fields[2].parse().ok()?,
    };
    Some((result, fields[1] == "1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_round_trip() {
        let r = TestResult::from_runs(
            "language/a b.js",
            vec![
                RunResult { mode: Mode::NonStrict, passed: true, detail: String::new() },
                RunResult { mode: Mode::Strict, passed: false, detail: "Test262Error: a\tb\nc \\n".into() },
            ],
            2,
            17,
        );
        assert_eq!(r.status, Status::Fail);
        assert_eq!(r.reason, "[strict] Test262Error: a\tb\nc \\n");
        let line = encode_wire(&r, true);
        assert!(!line.contains('\n'));
        let (d, recycle) = decode_wire(&format!("junk printed by engine{line}\n")).unwrap();
        assert!(recycle);
        assert_eq!(d, r);
        assert!(decode_wire("hello").is_none());
    }

    #[test]
    fn truncation() {
        assert_eq!(truncate_detail("abc".into()), "abc");
        let long = "é".repeat(MAX_DETAIL_BYTES);
        let t = truncate_detail(long);
        assert!(t.len() <= MAX_DETAIL_BYTES + 3 && t.ends_with("..."));
    }

    #[test]
    fn from_runs_requires_all_runs() {
        let one = vec![RunResult { mode: Mode::NonStrict, passed: true, detail: String::new() }];
        assert_eq!(TestResult::from_runs("x", one.clone(), 1, 0).status, Status::Pass);
        let r = TestResult::from_runs("x", one, 2, 0);
        assert_eq!(r.status, Status::Fail);
        assert_eq!(r.reason, "not all runs executed");
    }
}
