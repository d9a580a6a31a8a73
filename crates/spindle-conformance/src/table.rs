//! The per-directory summary table, as column-aligned markdown.
//!
//! A runner defines its row type (what it counts per directory) by implementing [`Row`];
//! [`Table`] groups those rows, sums them into a total and renders them: a header line,
//! a separator (the first column left-aligned, the others right-aligned), one line per
//! group, a `**TOTAL**` line, then a blank line and the runner's legend.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The counts of one table row.
pub trait Row: Default {
    /// The column headers, the group column (`directory`) first.
    const HEADER: &'static [&'static str];

    /// The cells of a row after its group name, one per remaining header.
    fn cells(&self) -> Vec<String>;

    /// Adds another row's counts (used to sum the total).
    fn merge(&mut self, other: &Self);

    /// The line printed under the table, explaining the columns (without line breaks
    /// around it).
    fn legend() -> String;
}

/// Per-group counts plus their total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table<C> {
    /// Rows sorted by group name.
    pub rows: Vec<(String, C)>,
    /// The sum of all rows.
    pub total: C,
}

impl<C: Row> Table<C> {
    /// The table of already grouped counts; the total is their sum.
    pub fn from_groups(groups: BTreeMap<String, C>) -> Self {
        let mut total = C::default();
        for c in groups.values() {
            total.merge(c);
        }
        Table { rows: groups.into_iter().collect(), total }
    }

    /// Groups `items` (each with its group name) and counts each with `add`.
    pub fn tally<T>(items: impl IntoIterator<Item = (String, T)>, mut add: impl FnMut(&mut C, T)) -> Self {
        let mut groups: BTreeMap<String, C> = BTreeMap::new();
        for (group, item) in items {
            add(groups.entry(group).or_default(), item);
        }
        Self::from_groups(groups)
    }

    /// The table as column-aligned markdown (see the module documentation), ending with
    /// the legend line.
    pub fn to_markdown(&self) -> String {
        let row = |name: &str, c: &C| -> Vec<String> {
            let mut cells = vec![name.to_string()];
            cells.extend(c.cells());
            cells
        };
        let mut body: Vec<Vec<String>> = self.rows.iter().map(|(n, c)| row(n, c)).collect();
        body.push(row("**TOTAL**", &self.total));
        let mut out = render(C::HEADER, &body);
        let _ = writeln!(out, "\n{}", C::legend());
        out
    }
}

/// Renders `header` and the `body` rows as a markdown table whose columns are as wide as
/// their widest cell (at least 3); the first column is left-aligned, the others
/// right-aligned. Every row must have as many cells as the header.
pub fn render(header: &[&str], body: &[Vec<String>]) -> String {
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
    line(&header.iter().map(|h| h.to_string()).collect::<Vec<_>>(), &mut out);
    out.push('|');
    for (i, w) in widths.iter().enumerate() {
        if i == 0 {
            let _ = write!(out, " {} |", "-".repeat(*w));
        } else {
            let _ = write!(out, " {}: |", "-".repeat(w - 1));
        }
    }
    out.push('\n');
    for r in body {
        line(r, &mut out);
    }
    out
}

/// The percentage `part / whole` with two decimals (`12.50%`), or `n/a` when `whole`
/// is 0.
pub fn percent(part: usize, whole: usize) -> String {
    if whole == 0 { "n/a".into() } else { format!("{:.2}%", part as f64 * 100.0 / whole as f64) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, Clone, PartialEq, Eq)]
    struct Tally {
        passed: usize,
        total: usize,
    }

    impl Row for Tally {
        const HEADER: &'static [&'static str] = &["directory", "passed", "total", "pass %"];

        fn cells(&self) -> Vec<String> {
            vec![self.passed.to_string(), self.total.to_string(), percent(self.passed, self.total)]
        }

        fn merge(&mut self, o: &Self) {
            self.passed += o.passed;
            self.total += o.total;
        }

        fn legend() -> String {
            "legend".into()
        }
    }

    #[test]
    fn renders_aligned_markdown() {
        let items = [("b", true), ("a/long-name", false), ("b", true), ("b", false)];
        let t = Table::tally(items.map(|(g, p)| (g.to_string(), p)), |c: &mut Tally, passed| {
            c.total += 1;
            c.passed += usize::from(passed);
        });
        assert_eq!(t.total, Tally { passed: 2, total: 4 });
        assert_eq!(
            t.to_markdown(),
            "\
| directory   | passed | total | pass % |
| ----------- | -----: | ----: | -----: |
| a/long-name |      0 |     1 |  0.00% |
| b           |      2 |     3 | 66.67% |
| **TOTAL**   |      2 |     4 | 50.00% |

legend
"
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(1, 3), "33.33%");
        assert_eq!(percent(0, 0), "n/a");
    }
}
