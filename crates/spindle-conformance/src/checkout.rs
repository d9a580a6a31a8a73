//! Finding a suite checkout, and the roots (selected paths) inside it.
//!
//! Roots and test ids are `/`-separated paths relative to the suite's test directory;
//! `""` is the whole suite.

use std::path::{Path, PathBuf};

/// Where a runner looks for its suite, in this order: the command-line option, the
/// environment variable, then `shared` relative to the current directory and relative
/// to the workspace root.
#[derive(Debug, Clone)]
pub struct Checkout<'a> {
    /// The option that names the checkout (`--suite`), as errors cite it.
    pub option: &'a str,
    /// The environment variable that names it (`TEST262_DIR`); ignored when empty.
    pub env_var: &'a str,
    /// The conventional location, relative (`../shared/test262`).
    pub shared: &'a str,
    /// The workspace root the runner was compiled in.
    pub workspace: PathBuf,
    /// Whether a directory is a checkout.
    pub is_checkout: fn(&Path) -> bool,
    /// The error for a named directory that is not a checkout, after the origin and
    /// the directory (`is not a test262 checkout (needs test/ and harness/)`).
    pub not_checkout: &'a str,
    /// The error when no checkout is found.
    pub not_found: &'a str,
    /// Canonicalize a directory named by the option or the variable (when possible);
    /// otherwise it is returned as given. Found directories are always canonicalized.
    pub canonicalize_named: bool,
}

impl Checkout<'_> {
    /// Finds the checkout: `explicit` (the option's value) if given, else the
    /// environment variable, else the conventional locations. A named directory that
    /// is not a checkout is an error (`OPTION DIR not_checkout`, or `$VAR DIR ...`).
    pub fn locate(&self, explicit: Option<&Path>) -> Result<PathBuf, String> {
        let check = |dir: PathBuf, origin: &str| {
            if (self.is_checkout)(&dir) {
                Ok(if self.canonicalize_named { std::fs::canonicalize(&dir).unwrap_or(dir) } else { dir })
            } else {
                Err(format!("{origin} {} {}", dir.display(), self.not_checkout))
            }
        };
        if let Some(dir) = explicit {
            return check(dir.to_path_buf(), self.option);
        }
        if let Some(dir) = std::env::var_os(self.env_var).filter(|d| !d.is_empty()) {
            return check(PathBuf::from(dir), &format!("${}", self.env_var));
        }
        for c in [PathBuf::from(self.shared), self.workspace.join(self.shared)] {
            if (self.is_checkout)(&c) {
                return Ok(std::fs::canonicalize(&c).unwrap_or(c));
            }
        }
        Err(self.not_found.to_string())
    }
}

/// The root of `full` (a path on the command line, `arg`, resolved by the runner) inside
/// `base`: `/`-separated and relative to `base` (`""` = `base` itself). Both are
/// canonicalized first; errors name `arg` (`ARG: io error`, `ARG is not inside BASE`).
pub fn relative_root(base: &Path, full: &Path, arg: &str) -> Result<String, String> {
    let full = std::fs::canonicalize(full).map_err(|e| format!("{arg}: {e}"))?;
    let base = std::fs::canonicalize(base).map_err(|e| format!("{}: {e}", base.display()))?;
    let rel = full.strip_prefix(&base).map_err(|_| format!("{arg} is not inside {}", base.display()))?;
    Ok(rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/"))
}

/// Whether `id` is `root` or lies below it: `root` is empty (everything), equal to `id`,
/// or a prefix of `id` followed by one of `boundaries` (`/`, and for ids with variants
/// `?` and `#`).
pub fn is_under(id: &str, root: &str, boundaries: &[char]) -> bool {
    root.is_empty() || id == root || id.strip_prefix(root).is_some_and(|r| r.starts_with(boundaries))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn under() {
        assert!(is_under("a/b.js", "a", &['/']));
        assert!(is_under("a/b.js", "a/b.js", &['/']));
        assert!(is_under("a/b.js", "", &['/']));
        assert!(!is_under("ab/c.js", "a", &['/']));
        assert!(!is_under("a/b.js?x", "a/b.js?", &['/']));
        assert!(!is_under("a/b.js?x", "a/b.js", &['/']));
        assert!(is_under("a/b.js?x", "a/b.js", &['/', '?', '#']));
    }

    #[test]
    fn roots() {
        let dir = std::env::temp_dir().join(format!("spindle-conformance-roots-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("x/y")).expect("mkdir");
        assert_eq!(relative_root(&dir, &dir.join("x/y"), "x/y").as_deref(), Ok("x/y"));
        assert_eq!(relative_root(&dir, &dir, ".").as_deref(), Ok(""));
        assert!(relative_root(&dir.join("x"), &dir, "..").expect_err("outside").contains("is not inside"));
        assert!(relative_root(&dir, &dir.join("nope"), "nope").expect_err("missing").starts_with("nope: "));
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn locates() {
        let dir = std::env::temp_dir().join(format!("spindle-conformance-locate-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("marker")).expect("mkdir");
        let c = Checkout {
            option: "--suite",
            env_var: "SPINDLE_CONFORMANCE_TEST_NO_SUCH_VAR",
            shared: "no/such/dir",
            workspace: dir.clone(),
            is_checkout: |d| d.join("marker").is_dir(),
            not_checkout: "is not a checkout",
            not_found: "cannot find it",
            canonicalize_named: false,
        };
        assert_eq!(c.locate(Some(&dir)), Ok(dir.clone()));
        let err = c.locate(Some(&dir.join("marker"))).expect_err("not a checkout");
        assert_eq!(err, format!("--suite {} is not a checkout", dir.join("marker").display()));
        assert_eq!(c.locate(None), Err("cannot find it".to_string()));
        let _ = std::fs::remove_dir_all(dir);
    }
}
