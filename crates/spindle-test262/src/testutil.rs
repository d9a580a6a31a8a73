//! Helpers shared by the unit tests.

use std::path::PathBuf;

/// A throw-away suite directory (`test/` + a stub `harness/`), removed on drop.
pub(crate) struct TempSuite(pub PathBuf);

impl TempSuite {
    /// Creates the suite with the given `(id, source)` test files.
    pub(crate) fn new(tag: &str, tests: &[(&str, &str)]) -> Self {
        let root = std::env::temp_dir().join(format!(
            "spindle-test262-{tag}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("harness")).unwrap();
        for f in ["assert.js", "sta.js", "doneprintHandle.js"] {
            std::fs::write(root.join("harness").join(f), format!("// {f}\n")).unwrap();
        }
        for (id, src) in tests {
            let p = root.join("test").join(id);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, src).unwrap();
        }
        TempSuite(root)
    }
}

impl Drop for TempSuite {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
