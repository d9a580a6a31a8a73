//! Summaries: the per-directory markdown table and the JSON results file.

use std::collections::BTreeMap;
use std::fmt::Write as _;

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
    /// Skipped for other reasons (modules disabled, multi-agent tests).
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

    /// Adds another row's counts.
    pub fn merge(&mut self, other: &Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped_feature += other.skipped_feature;
        self.skipped_other += other.skipped_other;
        self.total += other.total;
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
        match self.pass_percent() {
            Some(p) => format!("{p:.2}%"),
            None => "n/a".to_string(),
        }
    }
}

/// The table group of a test id: its directory, cut to at most two levels
/// below `test/` (`language/expressions/a/b.js` -> `language/expressions`).
pub fn group_of(id: &str) -> String {
    let parts: Vec<&str> = id.split('/').collect();
    let dirs = &parts[..parts.len().saturating_sub(1)];
    if dirs.is_empty() { ".".to_string() } else { dirs[..dirs.len().min(2)].join("/") }
}

/// Per-directory counts plus the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// Rows sorted by directory.
    pub rows: Vec<(String, Counts)>,
    /// Sum of all rows.
    pub total: Counts,
}

impl Table {
    /// Aggregates results by [`group_of`].
    pub fn from_results(results: &[TestResult]) -> Self {
        let mut groups: BTreeMap<String, Counts> = BTreeMap::new();
        for r in results {
            groups.entry(group_of(&r.id)).or_default().add(r.status);
        }
        let mut total = Counts::default();
        for c in groups.values() {
            total.merge(c);
        }
        Table { rows: groups.into_iter().collect(), total }
    }

    /// Renders the table as (column-aligned) markdown, followed by a one-line
    /// legend.
    pub fn to_markdown(&self) -> String {
        let header = ["directory", "passed", "failed", COL_SKIP_FEATURE, COL_SKIP_OTHER, "total", "pass %"];
        let row = |name: &str, c: &Counts| -> Vec<String> {
            vec![
                name.to_string(),
                c.passed.to_string(),
                c.failed.to_string(),
                c.skipped_feature.to_string(),
                c.skipped_other.to_string(),
                c.total.to_string(),
                c.pass_percent_str(),
            ]
        };
        let mut body: Vec<Vec<String>> = self.rows.iter().map(|(n, c)| row(n, c)).collect();
        body.push(row("**TOTAL**", &self.total));
        let widths: Vec<usize> = (0..header.len())
            .map(|i| body.iter().map(|r| r[i].len()).chain([header[i].len(), 3]).max().unwrap_or(3))
            .collect();
        let mut out = String::new();
        let line = |cells: &[String], out: &mut String| {
            out.push('|');
            for (i, cell) in cells.iter().enumerate() {
                if i == 0 {
                    let _ = write!(out, " {cell:<w$} |", w = widths[i]);
                } else {
                    let _ = write!(out, " {cell:>w$} |", w = widths[i]);
                }
            }
            out.push('\n');
        };
        line(&header.map(String::from), &mut out);
        out.push('|');
        for (i, w) in widths.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, " {} |", "-".repeat(*w));
            } else {
                let _ = write!(out, " {}: |", "-".repeat(w - 1));
            }
        }
        out.push('\n');
        for r in &body {
            line(r, &mut out);
        }
        let _ = writeln!(
            out,
            "\npass % = passed / (total - {COL_SKIP_FEATURE}); \"{COL_SKIP_OTHER}\" are multi-agent \
             tests ($262.agent.start) and, with --no-modules, module tests."
        );
        out
    }
}

/// Escapes a string for inclusion in JSON (with the surrounding quotes).
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
    let paths: Vec<String> = info.paths.iter().map(|p| json_string(p)).collect();
    let _ = writeln!(out, "{{");
    let _ = writeln!(out, "  \"suite\": {},", json_string(&info.suite));
    let _ = writeln!(out, "  \"revision\": {},", json_string(info.revision.trim()));
    let _ = writeln!(out, "  \"paths\": [{}],", paths.join(", "));
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
        let runs: Vec<String> = r
            .runs
            .iter()
            .map(|run| {
                let mut s = format!(
                    "{{\"mode\": \"{}\", \"status\": \"{}\"",
                    run.mode,
                    if run.passed { "pass" } else { "fail" }
                );
                if !run.detail.is_empty() {
                    let _ = write!(s, ", \"error\": {}", json_string(&run.detail));
                }
                s.push('}');
                s
            })
            .collect();
        let _ = write!(obj, ", \"runs\": [{}]}}", runs.join(", "));
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
                match policy.skip_reason(&meta, src) {
                    Some((kind, why)) => TestResult::skipped(id, kind, why),
                    None => run_test(&MockExecutor, &ctx, id).result,
                }
            })
            .collect();
        let table = Table::from_results(&results);
        let row = |name: &str| table.rows.iter().find(|(n, _)| n == name).unwrap().1;

        let expr = row("language/expressions");
        assert_eq!((expr.passed, expr.failed, expr.skipped_feature, expr.skipped_other, expr.total), (1, 1, 1, 0, 3));
        assert_eq!(expr.pass_percent_str(), "50.00%");

        let stmt = row("language/statements");
        assert_eq!((stmt.passed, stmt.failed, stmt.skipped_feature, stmt.skipped_other, stmt.total), (1, 0, 0, 2, 3));
        assert_eq!(stmt.pass_percent_str(), "33.33%");

        let arr = row("built-ins/Array");
        assert_eq!(arr.pass_percent_str(), "n/a");

        let t = table.total;
        assert_eq!((t.passed, t.failed, t.skipped_feature, t.skipped_other, t.total), (2, 1, 2, 2, 7));
        assert_eq!(t.denominator(), 5);
        assert_eq!(t.pass_percent_str(), "40.00%");

        let md = table.to_markdown();
        let lines: Vec<&str> = md.lines().collect();
        assert!(lines[0].starts_with("| directory"));
        assert!(lines[0].contains(COL_SKIP_FEATURE) && lines[0].contains(COL_SKIP_OTHER));
        assert!(lines[1].starts_with("| ---"));
        assert!(lines[2].starts_with("| built-ins/Array "));
        let total_line = lines.iter().find(|l| l.contains("**TOTAL**")).unwrap();
        let cells: Vec<&str> = total_line.split('|').map(str::trim).collect();
        assert_eq!(&cells[1..8], ["**TOTAL**", "2", "1", "2", "2", "7", "40.00%"]);

        let json = to_json(&results, &RunInfo::default(), &table);
        assert!(json.contains(
            "\"id\": \"language/expressions/c.js\", \"status\": \"skip\", \"skip\": \"unsupported-feature\""
        ));
        assert!(json.contains("\"mode\": \"strict\", \"status\": \"fail\""));
        assert!(json.contains("\"pass_percent\": 40.0000"));
    }

    #[test]
    fn json_escaping() {
        assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
