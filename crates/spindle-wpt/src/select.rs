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
    pub kind: JobKind,
}

/// How a test file runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum JobKind {
    /// `X.any.js`, in the runner's emulated worker scope (as Node's runner does).
    #[default]
    Any,
    /// `X.any.js` for worker scopes only: a real dedicated worker runs `X.any.worker.js`
    /// (the wrapper WPT's server makes), and the page brings its tests in.
    AnyWorker,
    /// `X.worker.js`: a real dedicated worker, whose tests the page brings in with
    /// `fetch_tests_from_worker` (the page WPT's server makes for it).
    Worker,
    /// An HTML test's scripts, in a global standing in for its window (no DOM).
    Page,
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
    /// `X.worker.js`: run in a real worker.
    Worker,
    /// `X.html`, `X.htm`: run when its scripts need no DOM.
    Html,
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
        Kind::Worker
    } else if name.ends_with(".html") || name.ends_with(".htm") {
        Kind::Html
    } else if name.ends_with(".xhtml") {
        Kind::Skip("XHTML page test: not run")
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
                let kind = if meta.runs_in_real_worker() { JobKind::AnyWorker } else { JobKind::Any };
                for variant in meta.runs() {
                    let job = Job { path: path.clone(), variant, meta: meta.clone(), kind };
                    if keep(&job.id()) {
                        sel.jobs.push(job);
                    }
                }
            }
            Kind::Worker => {
                let source = std::fs::read(root.join(&path)).map_err(|e| format!("{path}: {e}"))?;
                let meta = meta::parse(&String::from_utf8_lossy(&source));
                let job = Job { path, variant: String::new(), meta, kind: JobKind::Worker };
                if keep(&job.id()) {
                    sel.jobs.push(job);
                }
            }
            Kind::Html => {
                if !keep(&path) {
                    continue;
                }
                match page_job(root, &path)? {
                    Ok(job) => sel.jobs.push(job),
                    Err(reason) => sel.skipped.push(Skipped { path, reason: reason.into() }),
                }
            }
        }
    }
    sel.jobs.sort_by_key(|j| j.id());
    Ok(sel)
}

/// The run of an HTML test, or why it does not run: it is no testharness.js test, has a
/// module script, or its scripts (inline, or the test's own helpers) use `document`.
fn page_job(root: &Path, path: &str) -> Result<Result<Job, &'static str>, String> {
    let html = std::fs::read(root.join(path)).map_err(|e| format!("{path}: {e}"))?;
    let page = crate::page::parse(&String::from_utf8_lossy(&html));
    let is_harness = |src: &str| resolve_url(path, src).as_deref() == Some("resources/testharness.js");
    if !page.scripts.iter().any(|s| matches!(s, crate::page::PageScript::Src(src) if is_harness(src))) {
        return Ok(Err("HTML page without testharness.js: not run"));
    }
    if page.has_module_script {
        return Ok(Err("HTML page with a module script: not run"));
    }
    let mut sources = Vec::new();
    for script in &page.scripts {
        match script {
            crate::page::PageScript::Inline(text, _) => sources.push(text.clone()),
            crate::page::PageScript::Src(src) => {
                if let Some(rel) = resolve_url(path, src).filter(|r| !r.starts_with("resources/")) {
                    sources.push(std::fs::read_to_string(root.join(rel)).unwrap_or_default());
                }
            }
        }
    }
    if crate::page::uses_document(&sources.iter().map(String::as_str).collect::<Vec<_>>()) {
        return Ok(Err("HTML page whose scripts use the DOM (document): not run"));
    }
    let meta = Meta { title: page.title, ..Meta::default() };
    Ok(Ok(Job { path: path.to_string(), variant: String::new(), meta, kind: JobKind::Page }))
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
