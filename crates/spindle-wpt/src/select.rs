//! Which tests run: locating the WPT root, walking the selected directories, and the
//! decision per file (WPT's test kinds by file name: tools/manifest/sourcefile.py).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use spindle_conformance::checkout::{self, Checkout};

use crate::meta::{self, Meta};
use crate::result::Skipped;

/// Directories run when none are given: the web APIs a DOM-less runtime provides.
pub const DEFAULT_PATHS: &[&str] = &[
    "dom/abort",
    "dom/events",
    "url",
    "hr-time",
    "html/webappapis/timers",
    "html/webappapis/microtask-queuing",
    "encoding",
    "html/webappapis/atob",
    "html/webappapis/structured-clone",
    "html/infrastructure/safe-passing-of-structured-data",
    "streams",
    "webmessaging",
    "workers",
];

/// Folders that hold helpers, never tests.
const HELPER_DIRS: &[&str] = &["resources", "support", "tools"];

/// One run of a test file: the file with one of its variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Path relative to the WPT root, `/`-separated.
    pub path: String,
    /// The variant's query (`?…`), or empty.
    pub variant: String,
    pub meta: Meta,
}

impl Job {
    /// `path` followed by the variant.
    pub fn id(&self) -> String {
        format!("{}{}", self.path, self.variant)
    }
}

/// What a selection found.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Runs, sorted by id.
    pub jobs: Vec<Job>,
    /// Test files that are not run, sorted by path.
    pub skipped: Vec<Skipped>,
}

/// The workspace root the runner was compiled in.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn is_wpt_root(dir: &Path) -> bool {
    dir.join("resources/testharness.js").is_file()
}

/// Finds the WPT root: `explicit` (`--wpt`), else `$WPT_DIR`, else `../shared/wpt`
/// relative to the current directory, else relative to the workspace root.
pub fn locate_root(explicit: Option<&Path>) -> Result<PathBuf, String> {
    Checkout {
        option: "--wpt",
        env_var: "WPT_DIR",
        shared: "../shared/wpt",
        workspace: workspace_root(),
        is_checkout: is_wpt_root,
        not_checkout: "is not a WPT checkout (needs resources/testharness.js)",
        not_found: "cannot find the web-platform-tests: pass --wpt DIR or set WPT_DIR",
        canonicalize_named: true,
    }
    .locate(explicit)
}

/// The runner's data directory (`<workspace>/wpt`): `./wpt` if it exists and is not a
/// WPT checkout, else the compile-time workspace's.
pub fn data_dir() -> PathBuf {
    let local = PathBuf::from("wpt");
    if local.join("README.md").is_file() && !is_wpt_root(&local) {
        return local;
    }
    workspace_root().join("wpt")
}

/// A command-line path (relative to the root, or absolute inside it) as a `/`-separated
/// path relative to the root (`""` = everything).
pub fn normalize_root(root: &Path, arg: &str) -> Result<String, String> {
    let p = Path::new(arg);
    let full = if p.is_absolute() { p.to_path_buf() } else { root.join(p) };
    checkout::relative_root(root, &full, arg)
}

/// Whether `id` (a path, perhaps with a variant) lies under `root` (a normalized root).
pub fn is_under(id: &str, root: &str) -> bool {
    checkout::is_under(id, root, &['/', '?', '#'])
}

/// What to do with one file, by its name (WPT's test types: tools/manifest/sourcefile.py).
enum Kind {
    /// `X.any.js`: run when its globals include an emulated scope.
    Any,
    /// Not run, for this reason.
    Skip(&'static str),
    /// Not a test.
    Other,
}

fn kind_of(name: &str) -> Kind {
    if name.ends_with(".any.js") {
        Kind::Any
    } else if name.ends_with(".window.js") {
        Kind::Skip("window-only test (.window.js)")
    } else if name.ends_with(".worker.js") {
        Kind::Skip("dedicated-worker test (.worker.js, uses importScripts): not run")
    } else if name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".xhtml") {
        Kind::Skip("HTML page test: not run")
    } else {
        Kind::Other
    }
}

/// Collects the test files under `roots` (normalized, relative to `root`) and decides for
/// each: runs (one per variant) or a skip with its reason. `filter` keeps runs and skips
/// whose id contains it.
pub fn collect(root: &Path, roots: &[String], filter: Option<&str>) -> Result<Selection, String> {
    let mut files: BTreeMap<String, ()> = BTreeMap::new();
    for r in roots {
        let full = if r.is_empty() { root.to_path_buf() } else { root.join(r) };
        if full.is_file() {
            files.insert(r.clone(), ());
        } else {
            walk(&full, r, &mut |rel| {
                files.insert(rel, ());
            })
            .map_err(|e| format!("{}: {e}", full.display()))?;
        }
    }
    let keep = |id: &str| filter.is_none_or(|f| id.contains(f));
    let mut sel = Selection::default();
    for path in files.into_keys() {
        let name = path.rsplit('/').next().unwrap_or(&path);
        match kind_of(name) {
            Kind::Other => {}
            Kind::Skip(reason) => {
                if keep(&path) {
                    sel.skipped.push(Skipped { path, reason: reason.into() });
                }
            }
            Kind::Any => {
                let source = std::fs::read(root.join(&path)).map_err(|e| format!("{path}: {e}"))?;
                let meta = meta::parse(&String::from_utf8_lossy(&source));
                if !meta.runs_in_shell() {
                    if keep(&path) {
                        let reason = format!(
                            "global={}: no scope the runner emulates (worker, dedicatedworker, jsshell)",
                            meta.effective_globals().join(",")
                        );
                        sel.skipped.push(Skipped { path, reason });
                    }
                    continue;
                }
                for variant in meta.runs() {
                    let job = Job { path: path.clone(), variant, meta: meta.clone() };
                    if keep(&job.id()) {
                        sel.jobs.push(job);
                    }
                }
            }
        }
    }
    sel.jobs.sort_by_key(|j| j.id());
    Ok(sel)
}

/// Calls `f` with the root-relative path of every file under `dir` (`rel` is `dir`
/// relative to the root), skipping helper folders.
fn walk(dir: &Path, rel: &str, f: &mut dyn FnMut(String)) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let child = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
        let ty = e.file_type()?;
        if ty.is_dir() || (ty.is_symlink() && e.path().is_dir()) {
            if !HELPER_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                walk(&e.path(), &child, f)?;
            }
        } else {
            f(child);
        }
    }
    Ok(())
}

/// Resolves a URL a test uses (a `META: script=`, a `fetch()`) against the test file's
/// path, as the WPT server would map it: `/x` is relative to the root, anything else to
/// the test's folder; the query and fragment are dropped. `None` if it leaves the root.
pub fn resolve_url(test_path: &str, url: &str) -> Option<String> {
    let url = url.split(['?', '#']).next().unwrap_or("");
    let url = url.strip_prefix(crate::harness::ORIGIN).unwrap_or(url);
    let mut parts: Vec<&str> = Vec::new();
    let rest = match url.strip_prefix('/') {
        Some(r) => r,
        None => {
            parts.extend(test_path.split('/'));
            parts.pop();
            url
        }
    };
    for seg in rest.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    if parts.is_empty() { None } else { Some(parts.join("/")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_urls_like_the_server() {
        assert_eq!(resolve_url("a/b/c.any.js", "/common/gc.js").as_deref(), Some("common/gc.js"));
        assert_eq!(resolve_url("a/b/c.any.js", "resources/x.js").as_deref(), Some("a/b/resources/x.js"));
        assert_eq!(resolve_url("a/b/c.any.js", "./r.js?q=1").as_deref(), Some("a/b/r.js"));
        assert_eq!(resolve_url("h/w/atob/base64.any.js", "../../../f/d.json").as_deref(), Some("f/d.json"));
        assert_eq!(resolve_url("a/c.any.js", "../../x.js"), None);
        assert_eq!(
            resolve_url("a/c.any.js", &format!("{}/common/sab.js", crate::harness::ORIGIN)).as_deref(),
            Some("common/sab.js")
        );
    }

    #[test]
    fn under() {
        assert!(is_under("url/a.any.js?x", "url"));
        assert!(is_under("url/a.any.js?x", "url/a.any.js"));
        assert!(is_under("url/a.any.js", ""));
        assert!(!is_under("urlx/a.any.js", "url"));
    }
}
