//! Harness files and source assembly.
//!
//! For every run the executor receives one complete source text:
//!
//! ```text
//! ["use strict";\n]            -- strict runs only (before everything else)
//! assert.js sta.js             -- unless `raw`
//! [doneprintHandle.js]         -- `async` tests
//! <includes...>                -- in frontmatter order, duplicates dropped
//! <test file, verbatim>
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::frontmatter::Metadata;
use crate::result::Mode;

/// The prefix that turns a run into a strict-mode run.
pub const STRICT_PREFIX: &str = "\"use strict\";\n";

/// The modes a test must be run in, per INTERPRETING.md:
/// `module` -> module only; `raw` or `noStrict` -> sloppy only;
/// `onlyStrict` -> strict only; otherwise sloppy then strict.
pub fn modes(meta: &Metadata) -> Vec<Mode> {
    let f = &meta.flags;
    if f.module {
        vec![Mode::Module]
    } else if f.raw || f.no_strict {
        vec![Mode::NonStrict]
    } else if f.only_strict {
        vec![Mode::Strict]
    } else {
        vec![Mode::NonStrict, Mode::Strict]
    }
}

/// The harness files to prepend for a test, in order.
pub fn harness_files(meta: &Metadata) -> Vec<String> {
    if meta.flags.raw {
        return Vec::new();
    }
    let mut files: Vec<String> = vec!["assert.js".into(), "sta.js".into()];
    if meta.flags.is_async {
        files.push("doneprintHandle.js".into());
    }
    for inc in &meta.includes {
        if !files.contains(inc) {
            files.push(inc.clone());
        }
    }
    files
}

/// Lazily-loaded cache of the suite's `harness/` directory.
#[derive(Debug)]
pub struct Harness {
    dir: PathBuf,
    cache: Mutex<HashMap<String, Arc<str>>>,
}

impl Harness {
    /// A cache over `dir` (the suite's `harness/` directory).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Harness { dir: dir.into(), cache: Mutex::new(HashMap::new()) }
    }

    /// The harness directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Contents of one harness file (cached after the first read).
    pub fn get(&self, name: &str) -> Result<Arc<str>, String> {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = cache.get(name) {
            return Ok(text.clone());
        }
        if name.contains("..") {
            return Err(format!("invalid harness include `{name}`"));
        }
        let path = self.dir.join(name);
        let text: Arc<str> = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read harness file {}: {e}", path.display()))?
            .into();
        cache.insert(name.to_string(), text.clone());
        Ok(text)
    }

    /// Assembles the source for one run of a test (see the module docs).
    pub fn assemble(&self, meta: &Metadata, body: &str, mode: Mode) -> Result<String, String> {
        let files = harness_files(meta);
        let mut parts = Vec::with_capacity(files.len());
        for f in &files {
            parts.push(self.get(f)?);
        }
        let mut src =
            String::with_capacity(parts.iter().map(|p| p.len() + 1).sum::<usize>() + body.len() + STRICT_PREFIX.len());
        if mode == Mode::Strict {
            src.push_str(STRICT_PREFIX);
        }
        for p in parts {
            src.push_str(&p);
            if !p.ends_with('\n') {
                src.push('\n');
            }
        }
        src.push_str(body);
        Ok(src)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frontmatter::parse;

    fn temp_harness() -> (PathBuf, Harness) {
        let dir = std::env::temp_dir().join(format!(
            "spindle-test262-harness-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        for (f, c) in [("assert.js", "A"), ("sta.js", "S\n"), ("doneprintHandle.js", "D"), ("inc.js", "I")] {
            std::fs::write(dir.join(f), c).unwrap();
        }
        (dir.clone(), Harness::new(dir))
    }

    #[test]
    fn modes_follow_flags() {
        let m = |fm: &str| modes(&parse(fm).unwrap());
        assert_eq!(m(""), [Mode::NonStrict, Mode::Strict]);
        assert_eq!(m("flags: [onlyStrict]"), [Mode::Strict]);
        assert_eq!(m("flags: [noStrict]"), [Mode::NonStrict]);
        assert_eq!(m("flags: [raw]"), [Mode::NonStrict]);
        assert_eq!(m("flags: [module]"), [Mode::Module]);
        assert_eq!(m("flags: [module, raw]"), [Mode::Module]);
    }

    #[test]
    fn assembly_order() {
        let (dir, h) = temp_harness();
        let meta = parse("flags: [async]\nincludes: [inc.js, assert.js]").unwrap();
        assert_eq!(h.assemble(&meta, "BODY", Mode::Strict).unwrap(), "\"use strict\";\nA\nS\nD\nI\nBODY");
        assert_eq!(h.assemble(&meta, "BODY", Mode::NonStrict).unwrap(), "A\nS\nD\nI\nBODY");
        let raw = parse("flags: [raw]\nincludes: [inc.js]").unwrap();
        assert_eq!(h.assemble(&raw, "BODY", Mode::NonStrict).unwrap(), "BODY");
        let missing = parse("includes: [nope.js]").unwrap();
        assert!(h.assemble(&missing, "BODY", Mode::NonStrict).is_err());
        std::fs::remove_dir_all(dir).unwrap();
    }
}
