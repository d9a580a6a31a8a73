//! Suite discovery, test selection and skip decisions.
//!
//! Test ids are paths relative to the suite's `test/` directory, always with
//! `/` separators (e.g. `built-ins/Array/length.js`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use spindle_conformance::checkout::{self, Checkout};

use crate::frontmatter::Metadata;
use crate::result::SkipKind;

/// Paths run when none are given on the command line.
pub const DEFAULT_PATHS: [&str; 3] = ["language", "built-ins", "annexB"];

/// Workspace root as seen at compile time (last-resort fallback).
fn compile_time_workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn is_suite(dir: &Path) -> bool {
    dir.join("test").is_dir() && dir.join("harness").is_dir()
}

/// Finds the test262 checkout: `explicit` (`--suite`), else `$TEST262_DIR`,
/// else `../shared/test262` relative to the current directory, else relative
/// to the workspace root the runner was compiled in.
pub fn locate_suite(explicit: Option<&Path>) -> Result<PathBuf, String> {
    Checkout {
        option: "--suite",
        env_var: "TEST262_DIR",
        shared: "../shared/test262",
        workspace: compile_time_workspace(),
        is_checkout: is_suite,
        not_checkout: "is not a test262 checkout (needs test/ and harness/)",
        not_found: "cannot find test262: pass --suite DIR or set TEST262_DIR",
        canonicalize_named: false,
    }
    .locate(explicit)
}

/// The runner's checked-in data directory (`<workspace>/test262`): `./test262`
/// if it contains `unsupported-features.txt`, else the compile-time workspace.
pub fn data_dir() -> PathBuf {
    let local = PathBuf::from("test262");
    if local.join("unsupported-features.txt").is_file() {
        return local;
    }
    compile_time_workspace().join("test262")
}

/// Converts a command-line path (relative to `test/`, or absolute inside it)
/// into a `/`-separated root relative to `test_dir` (`""` = everything).
pub fn normalize_root(test_dir: &Path, arg: &str) -> Result<String, String> {
    let arg_path = Path::new(arg);
    let full = if arg_path.is_absolute() {
        arg_path.to_path_buf()
    } else {
        let direct = test_dir.join(arg_path);
        match arg.strip_prefix("test/") {
            Some(rest) if !direct.exists() => test_dir.join(rest),
            _ => direct,
        }
    };
    checkout::relative_root(test_dir, &full, arg)
}

/// True if `id` is `root` or below it.
pub fn is_under(id: &str, root: &str) -> bool {
    checkout::is_under(id, root, &['/'])
}

/// True for files that are tests (`.js`, not `_FIXTURE`).
pub fn is_test_file(name: &str) -> bool {
    name.ends_with(".js") && !name.contains("_FIXTURE")
}

fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let id = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
        let ty = entry.file_type().map_err(|e| format!("{id}: {e}"))?;
        if ty.is_dir() {
            walk(&entry.path(), &id, out)?;
        } else if is_test_file(&name) {
            out.push(id);
        }
    }
    Ok(())
}

/// Collects the test ids under the given roots (see [`normalize_root`]),
/// sorted and de-duplicated.
pub fn collect(test_dir: &Path, roots: &[String]) -> Result<Vec<String>, String> {
    let mut ids = Vec::new();
    for root in roots {
        let path = if root.is_empty() { test_dir.to_path_buf() } else { test_dir.join(root) };
        if path.is_dir() {
            walk(&path, root, &mut ids)?;
        } else if is_test_file(root.rsplit('/').next().unwrap_or(root)) {
            ids.push(root.clone());
        }
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// 64-bit FNV-1a followed by a splitmix64 finalizer.
fn stable_hash(s: &str, seed: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h = h.wrapping_add(0x9e37_79b9_7f4a_7c15);
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Deterministic pseudo-random sample of `n` ids: the `n` ids with the
/// smallest seeded hash, returned sorted. Stable across runs and machines, and
/// a test stays in the sample when unrelated tests are added or removed.
pub fn sample(ids: &[String], n: usize, seed: u64) -> Vec<String> {
    let mut keyed: Vec<(u64, &String)> = ids.iter().map(|id| (stable_hash(id, seed), id)).collect();
    keyed.sort();
    let mut out: Vec<String> = keyed.into_iter().take(n).map(|(_, id)| id.clone()).collect();
    out.sort();
    out
}

/// The set of feature names from `unsupported-features.txt`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeatureList {
    /// Feature names.
    pub features: BTreeSet<String>,
}

impl FeatureList {
    /// Parses the file format: one name per line, `#` starts a comment.
    pub fn parse(text: &str) -> Self {
        let features = text
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect();
        FeatureList { features }
    }

    /// Reads and parses a file.
    pub fn load(path: &Path) -> Result<Self, String> {
        std::fs::read_to_string(path).map(|t| Self::parse(&t)).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The first listed feature the test uses, if any.
    pub fn first_used<'m>(&self, meta: &'m Metadata) -> Option<&'m str> {
        meta.features.iter().find(|f| self.features.contains(f.as_str())).map(String::as_str)
    }
}

/// Which tests are skipped.
#[derive(Debug, Clone, Default)]
pub struct SkipPolicy {
    /// Tests using any of these features are skipped (`UnsupportedFeature`).
    pub unsupported: FeatureList,
    /// Run module tests (`--modules`); off by default.
    pub modules: bool,
}

impl SkipPolicy {
    /// Returns why a test is skipped, or `None` if it must run. Unsupported
    /// features are checked first, so a module test that also uses an
    /// unsupported feature is counted as a feature skip. (Multi-agent tests run:
    /// the executor starts `$262.agent` agents on threads.)
    pub fn skip_reason(&self, meta: &Metadata) -> Option<(SkipKind, String)> {
        if let Some(f) = self.unsupported.first_used(meta) {
            return Some((SkipKind::UnsupportedFeature, format!("unsupported feature: {f}")));
        }
        if meta.flags.module && !self.modules {
            return Some((SkipKind::Other, "module test (modules disabled; pass --modules)".into()));
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::parse;

    #[test]
    fn under() {
        assert!(is_under("language/a.js", "language"));
        assert!(is_under("language/a.js", "language/a.js"));
        assert!(is_under("language/a.js", ""));
        assert!(!is_under("languageX/a.js", "language"));
        assert!(!is_under("built-ins/Array/x.js", "built-ins/Arr"));
    }

    #[test]
    fn sampling_is_stable() {
        let ids: Vec<String> = (0..1000).map(|i| format!("t/{i}.js")).collect();
        let a = sample(&ids, 50, 0);
        assert_eq!(a.len(), 50);
        assert_eq!(a, sample(&ids, 50, 0));
        assert!(a.windows(2).all(|w| w[0] < w[1]));
        assert_ne!(a, sample(&ids, 50, 1));
        // Removing a non-sampled id keeps the sample.
        let fewer: Vec<String> = ids.iter().filter(|i| !a.contains(i)).skip(1).cloned().collect();
        let mut fewer_all = a.clone();
        fewer_all.extend(fewer);
        fewer_all.sort();
        assert_eq!(sample(&fewer_all, 50, 0), a);
        assert_eq!(sample(&ids, 5000, 0).len(), 1000);
    }

    #[test]
    fn feature_list_and_policy() {
        let list = FeatureList::parse("# comment\ngenerators   # waits for generators\n\nBigInt\n");
        assert_eq!(list.features.len(), 2);
        let policy = SkipPolicy { unsupported: list, modules: false };
        let skip = |fm: &str| policy.skip_reason(&parse(fm).unwrap()).map(|s| s.0);
        assert_eq!(skip("features: [let, BigInt]"), Some(SkipKind::UnsupportedFeature));
        assert_eq!(skip("features: [let]"), None);
        assert_eq!(skip("flags: [module]"), Some(SkipKind::Other));
        assert_eq!(skip("flags: [module]\nfeatures: [generators]"), Some(SkipKind::UnsupportedFeature));
        assert_eq!(skip("flags: [CanBlockIsTrue]"), None);
        assert_eq!(skip("flags: [CanBlockIsFalse]"), None);
    }
}
