//! Summaries: the per-directory markdown table and the JSON results file.

use std::fmt::Write as _;

use spindle_conformance::json::json_array;
pub use spindle_conformance::json::json_string;
use spindle_conformance::table::{self, Row};

use crate::result::{SkipKind, Status, TestResult};

/// Column header for skips due to unsupported features.
pub const COL_SKIP_FEATURE: &str = "skipped: unsupported feature";
/// Column header for other skips (counted as not passed).
pub const COL_SKIP_OTHER: &str = "skipped: other (counts as not passed)";

/// Test counts for one table row.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Passed tests.
    pub passed: usize,
    /// Failed tests (incl. timeouts and crashes).
    pub failed: usize,
    /// Skipped because of a feature in `unsupported-features.txt`.
    pub skipped_feature: usize,
    /// Skipped for other reasons (modules disabled).
    pub skipped_other: usize,
    /// All selected tests.
    pub total: usize,
}

impl Counts {
    /// Counts one test.
    pub fn add(&mut self, status: Status) {
        self.total += 1;
        match status {
            Status::Pass => self.passed += 1,
            Status::Fail => self.failed += 1,
            Status::Skip(SkipKind::UnsupportedFeature) => self.skipped_feature += 1,
            Status::Skip(SkipKind::Other) => self.skipped_other += 1,
        }
    }

    /// Denominator of the pass rate: everything except unsupported-feature
    /// skips (other skips stay in, i.e. count as not passed).
    pub fn denominator(&self) -> usize {
        self.total - self.skipped_feature
    }

    /// `passed / denominator * 100`, or `None` when the denominator is 0.
    pub fn pass_percent(&self) -> Option<f64> {
        match self.denominator() {
            0 => None,
            d => Some(self.passed as f64 * 100.0 / d as f64),
        }
    }

    /// Pass rate formatted with two decimals (`n/a` for an empty denominator).
    pub fn pass_percent_str(&self) -> String {
        table::percent(self.passed, self.denominator())
    }
}

impl Row for Counts {
    const HEADER: &'static [&'static str] =
        &["directory", "passed", "failed", COL_SKIP_FEATURE, COL_SKIP_OTHER, "total", "pass %"];

    fn cells(&self) -> Vec<String> {
        vec![
            self.passed.to_string(),
            self.failed.to_string(),
            self.skipped_feature.to_string(),
            self.skipped_other.to_string(),
            self.total.to_string(),
            self.pass_percent_str(),
        ]
    }

    /// Adds another row's counts.
    fn merge(&mut self, other: &Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped_feature += other.skipped_feature;
        self.skipped_other += other.skipped_other;
        self.total += other.total;
    }

    fn legend() -> String {
        format!(
            "pass % = passed / (total - {COL_SKIP_FEATURE}); \"{COL_SKIP_OTHER}\" are module tests \
             run with --no-modules."
        )
    }
}

/// The table group of a test id: its directory, cut to at most two levels
/// below `test/` (`language/expressions/a/b.js` -> `language/expressions`).
pub fn group_of(id: &str) -> String {
    let parts: Vec<&str> = id.split('/').collect();
    let dirs = &parts[..parts.len().saturating_sub(1)];
    if dirs.is_empty() { ".".to_string() } else { dirs[..dirs.len().min(2)].join("/") }
}

/// Per-directory counts plus the total ([`Table::to_markdown`](table::Table::to_markdown)
/// renders it, followed by a one-line legend).
pub type Table = table::Table<Counts>;

/// Aggregates results by [`group_of`].
pub fn tabulate(results: &[TestResult]) -> Table {
    Table::tally(results.iter().map(|r| (group_of(&r.id), r.status)), Counts::add)
}

/// Run-level information recorded in the JSON file.
#[derive(Debug, Clone, Default)]
pub struct RunInfo {
    /// Suite root.
    pub suite: String,
    /// Contents of the suite's `REVISION` file, if any.
    pub revision: String,
    /// Per-test timeout in seconds.
    pub timeout_secs: f64,
    /// `--gc-stress`.
    pub gc_stress: bool,
    /// `--modules`.
    pub modules: bool,
    /// Selected paths.
    pub paths: Vec<String>,
}

/// Renders all results as JSON (one test object per line, sorted by id).
pub fn to_json(results: &[TestResult], info: &RunInfo, table: &Table) -> String {
    let t = &table.total;
    let mut out = String::new();
    let _ = writeln!(out, "{{");
    let _ = writeln!(out, "  \"suite\": {},", json_string(&info.suite));
    let _ = writeln!(out, "  \"revision\": {},", json_string(info.revision.trim()));
    let _ = writeln!(out, "  \"paths\": {},", json_array(&info.paths, |p| json_string(p)));
    let _ = writeln!(out, "  \"timeout_secs\": {},", info.timeout_secs);
    let _ = writeln!(out, "  \"gc_stress\": {},", info.gc_stress);
    let _ = writeln!(out, "  \"modules\": {},", info.modules);
    let _ = writeln!(
        out,
        "  \"summary\": {{\"passed\": {}, \"failed\": {}, \"skipped_unsupported_feature\": {}, \"skipped_other\": {}, \"total\": {}, \"pass_percent\": {}}},",
        t.passed,
        t.failed,
        t.skipped_feature,
        t.skipped_other,
        t.total,
        t.pass_percent().map_or("null".to_string(), |p| format!("{p:.4}"))
    );
    let _ = writeln!(out, "  \"tests\": [");
    let mut sorted: Vec<&TestResult> = results.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for (i, r) in sorted.iter().enumerate() {
        let mut obj = format!("    {{\"id\": {}, \"status\": \"{}\"", json_string(&r.id), r.status.as_str());
        match r.status {
            Status::Skip(SkipKind::UnsupportedFeature) => obj.push_str(", \"skip\": \"unsupported-feature\""),
            Status::Skip(SkipKind::Other) => obj.push_str(", \"skip\": \"other\""),
            _ => {}
        }
        if !r.reason.is_empty() {
            let _ = write!(obj, ", \"reason\": {}", json_string(&r.reason));
        }
        if !matches!(r.status, Status::Skip(_)) {
            let _ = write!(obj, ", \"ms\": {}", r.duration_ms);
        }
        let runs = json_array(&r.runs, |run| {
            let mut s =
                format!("{{\"mode\": \"{}\", \"status\": \"{}\"", run.mode, if run.passed { "pass" } else { "fail" });
            if !run.detail.is_empty() {
                let _ = write!(s, ", \"error\": {}", json_string(&run.detail));
            }
            s.push('}');
            s
        });
        let _ = write!(obj, ", \"runs\": {runs}}}");
        let comma = if i + 1 < sorted.len() { "," } else { "" };
        let _ = writeln!(out, "{obj}{comma}");
    }
    let _ = writeln!(out, "  ]");
    let _ = writeln!(out, "}}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::mock::MockExecutor;
    use crate::frontmatter;
    use crate::select::{FeatureList, SkipPolicy};
    use crate::testutil::TempSuite;
    use crate::worker::{TestContext, run_test};
    use std::time::Duration;

    #[test]
    fn groups() {
        assert_eq!(group_of("language/expressions/addition/x.js"), "language/expressions");
        assert_eq!(group_of("built-ins/Array/length.js"), "built-ins/Array");
        assert_eq!(group_of("annexB/x.js"), "annexB");
        assert_eq!(group_of("x.js"), ".");
    }

    #[test]
    fn counts_arithmetic() {
        let mut c = Counts::default();
        for s in [
            Status::Pass,
            Status::Pass,
            Status::Fail,
            Status::Skip(SkipKind::UnsupportedFeature),
            Status::Skip(SkipKind::UnsupportedFeature),
            Status::Skip(SkipKind::Other),
        ] {
            c.add(s);
        }
        assert_eq!(c.total, 6);
        assert_eq!(c.denominator(), 4);
        assert_eq!(c.pass_percent_str(), "50.00%");
        let mut only_skips = Counts::default();
        only_skips.add(Status::Skip(SkipKind::UnsupportedFeature));
        assert_eq!(only_skips.pass_percent(), None);
        assert_eq!(only_skips.pass_percent_str(), "n/a");
    }

    /// End-to-end (in-process) with the mock executor: selection -> skip
    /// policy -> run_test -> table.
    #[test]
    fn table_from_mock_runs() {
        let tests: &[(&str, &str)] = &[
            ("language/expressions/a.js", "// pass\n"),
            ("language/expressions/sub/b.js", "// mock: throw runtime Test262Error no\n"),
            ("language/expressions/c.js", "/*---\nfeatures: [generators]\n---*/\n"),
            ("language/statements/d.js", "/*---\nflags: [module]\n---*/\n"),
            ("language/statements/e.js", "/*---\nflags: [onlyStrict]\n---*/\n"),
            ("language/statements/f.js", "/*---\nflags: [CanBlockIsTrue]\n---*/\n$262.agent.start('');\n"),
            ("built-ins/Array/g.js", "/*---\nfeatures: [BigInt]\n---*/\n"),
        ];
        let suite = TempSuite::new("table", tests);
        let ctx = TestContext::new(&suite.0, Duration::from_secs(5), false);
        let policy = SkipPolicy { unsupported: FeatureList::parse("generators\nBigInt\n"), modules: false };
        let results: Vec<TestResult> = tests
            .iter()
            .map(|(id, src)| {
                let meta = frontmatter::parse_test(src).unwrap();
                match policy.skip_reason(&meta) {
                    Some((kind, why)) => TestResult::skipped(id, kind, why),
                    None => run_test(&MockExecutor, &ctx, id).result,
                }
            })
            .collect();
        let table = tabulate(&results);
        let row = |name: &str| table.rows.iter().find(|(n, _)| n == name).unwrap().1;

        let expr = row("language/expressions");
        assert_eq!((expr.passed, expr.failed, expr.skipped_feature, expr.skipped_other, expr.total), (1, 1, 1, 0, 3));
        assert_eq!(expr.pass_percent_str(), "50.00%");

        let stmt = row("language/statements");
        // d.js is a module test (skipped); f.js, a multi-agent test, runs.
        assert_eq!((stmt.passed, stmt.failed, stmt.skipped_feature, stmt.skipped_other, stmt.total), (2, 0, 0, 1, 3));
        assert_eq!(stmt.pass_percent_str(), "66.67%");

        let arr = row("built-ins/Array");
        assert_eq!(arr.pass_percent_str(), "n/a");

        let t = table.total;
        assert_eq!((t.passed, t.failed, t.skipped_feature, t.skipped_other, t.total), (3, 1, 2, 1, 7));
        assert_eq!(t.denominator(), 5);
        assert_eq!(t.pass_percent_str(), "60.00%");

        let md = table.to_markdown();
        let lines: Vec<&str> = md.lines().collect();
        assert!(lines[0].starts_with("| directory"));
        assert!(lines[0].contains(COL_SKIP_FEATURE) && lines[0].contains(COL_SKIP_OTHER));
        assert!(lines[1].starts_with("| ---"));
        assert!(lines[2].starts_with("| built-ins/Array "));
        let total_line = lines.iter().find(|l| l.contains("**TOTAL**")).unwrap();
        let cells: Vec<&str> = total_line.split('|').map(str::trim).collect();
        assert_eq!(&cells[1..8], ["**TOTAL**", "3", "1", "2", "1", "7", "60.00%"]);

        let json = to_json(&results, &RunInfo::default(), &table);
        assert!(json.contains(
            "\"id\": \"language/expressions/c.js\", \"status\": \"skip\", \"skip\": \"unsupported-feature\""
        ));
        assert!(json.contains("\"mode\": \"strict\", \"status\": \"fail\""));
        assert!(json.contains("\"pass_percent\": 60.0000"));
    }

    #[test]
    fn json_escaping() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
