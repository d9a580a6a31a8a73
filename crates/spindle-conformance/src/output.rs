//! Small output helpers shared by the runners.

use std::path::Path;
use std::time::{Duration, Instant};

/// Writes `text` to `path` (`--json`, `--table-out`); the error names the file
/// (`PATH: io error`).
pub fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Paces progress lines: [`Every::due`] says yes at most once per interval.
#[derive(Debug, Clone)]
pub struct Every {
    interval: Duration,
    last: Instant,
}

impl Every {
    /// Due first one `interval` from now.
    pub fn new(interval: Duration) -> Self {
        Every { interval, last: Instant::now() }
    }

    /// Whether `interval` has passed since the last time this returned true (or since
    /// [`Every::new`]); if so, starts the next interval now.
    pub fn due(&mut self) -> bool {
        if self.last.elapsed() >= self.interval {
            self.last = Instant::now();
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_names_the_file() {
        let dir = std::env::temp_dir().join(format!("spindle-conformance-out-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        write_file(&dir.join("t.md"), "| t |\n").expect("writes");
        assert_eq!(std::fs::read_to_string(dir.join("t.md")).expect("reads"), "| t |\n");
        let err = write_file(&dir.join("no/such/dir/x"), "").expect_err("no folder");
        assert!(err.starts_with(&dir.join("no/such/dir/x").display().to_string()), "{err}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn paces() {
        let mut e = Every::new(Duration::from_secs(3600));
        assert!(!e.due());
        let mut now = Every::new(Duration::ZERO);
        assert!(now.due() && now.due());
    }
}
