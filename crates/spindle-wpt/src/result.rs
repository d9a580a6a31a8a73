//! Results: subtests as testharness.js reports them, and one result per test run (a file
//! with one of its variants).

/// A subtest's status (WPT: resources/testharness.js `Test.statuses`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SubStatus {
    Pass,
    Fail,
    Timeout,
    NotRun,
    PreconditionFailed,
}

impl SubStatus {
    /// From testharness.js's number (0 PASS, 1 FAIL, 2 TIMEOUT, 3 NOTRUN,
    /// 4 PRECONDITION_FAILED); anything else is a failure.
    pub fn from_code(code: f64) -> SubStatus {
        match code as i64 {
            0 => SubStatus::Pass,
            2 => SubStatus::Timeout,
            3 => SubStatus::NotRun,
            4 => SubStatus::PreconditionFailed,
            _ => SubStatus::Fail,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SubStatus::Pass => "PASS",
            SubStatus::Fail => "FAIL",
            SubStatus::Timeout => "TIMEOUT",
            SubStatus::NotRun => "NOTRUN",
            SubStatus::PreconditionFailed => "PRECONDITION_FAILED",
        }
    }
}

/// One subtest result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subtest {
    pub name: String,
    pub status: SubStatus,
    pub message: String,
}

/// How a test run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FileStatus {
    /// The harness completed with status OK.
    Ok,
    /// The harness reported ERROR or PRECONDITION_FAILED, or the script threw, had a
    /// syntax error, left a rejection unhandled, or could not be read.
    Error,
    /// The harness timed out (it then reports the unfinished subtests as TIMEOUT), or the
    /// runner's own limit ended the run.
    Timeout,
    /// The engine panicked, hit a fatal condition (heap limit), or did not stop.
    Crash,
}

impl FileStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            FileStatus::Ok => "OK",
            FileStatus::Error => "ERROR",
            FileStatus::Timeout => "TIMEOUT",
            FileStatus::Crash => "CRASH",
        }
    }
}

/// The result of one run of a test file (one variant).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunResult {
    /// Path relative to the WPT root.
    pub path: String,
    /// `?…` query of the variant, or empty.
    pub variant: String,
    pub status: FileStatus,
    /// Why the run is not OK (empty when OK).
    pub message: String,
    /// testharness.js called the completion callback (so `subtests` is the full list).
    pub completed: bool,
    /// Subtests in the order the harness reported them.
    pub subtests: Vec<Subtest>,
    pub duration_ms: u64,
    /// What the test printed (console), truncated.
    pub output: String,
}

impl RunResult {
    /// `path` followed by the variant: the run's id.
    pub fn id(&self) -> String {
        format!("{}{}", self.path, self.variant)
    }

    /// Whether a subtest's PASS counts: the harness completed, with status OK or TIMEOUT
    /// (a harness timeout marks only the unfinished subtests as TIMEOUT). A harness error,
    /// a crash, or the runner's own time limit count every subtest of the run as failing.
    pub fn passes_count(&self) -> bool {
        self.completed && matches!(self.status, FileStatus::Ok | FileStatus::Timeout)
    }

    /// The subtests that count as passed.
    pub fn passing(&self) -> impl Iterator<Item = &Subtest> {
        let ok = self.passes_count();
        self.subtests.iter().filter(move |s| ok && s.status == SubStatus::Pass)
    }

    /// How many subtests the run counts for: those reported, or one for a run that did not
    /// end OK and reported none (so that it is not invisible in the totals).
    pub fn counted_subtests(&self) -> usize {
        if self.subtests.is_empty() && self.status != FileStatus::Ok { 1 } else { self.subtests.len() }
    }
}

/// A file that is not run, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(status: FileStatus, completed: bool, subs: &[SubStatus]) -> RunResult {
        RunResult {
            path: "a/b.any.js".into(),
            variant: "?x".into(),
            status,
            message: String::new(),
            completed,
            subtests: subs
                .iter()
                .enumerate()
                .map(|(i, s)| Subtest { name: format!("t{i}"), status: *s, message: String::new() })
                .collect(),
            duration_ms: 0,
            output: String::new(),
        }
    }

    #[test]
    fn counting_rules() {
        use SubStatus::*;
        let r = run(FileStatus::Ok, true, &[Pass, Fail, Pass]);
        assert_eq!((r.passing().count(), r.counted_subtests(), r.id().as_str()), (2, 3, "a/b.any.js?x"));
        assert_eq!(run(FileStatus::Timeout, true, &[Pass, Timeout]).passing().count(), 1);
        assert_eq!(run(FileStatus::Error, true, &[Pass, Pass]).passing().count(), 0);
        assert_eq!(run(FileStatus::Timeout, false, &[Pass]).passing().count(), 0);
        assert_eq!(run(FileStatus::Crash, false, &[]).counted_subtests(), 1);
        assert_eq!(SubStatus::from_code(4.0), PreconditionFailed);
    }
}
