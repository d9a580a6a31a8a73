//! `package.json` files as the resolver reads them (Node: lib/internal/modules/package_json_reader.js):
//! `name`, `type`, `main`, `exports`, `imports`, parsed once per file.

use super::fs::FileSystem;
use serde_json::Value as Json;
use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The fields of a package.json the loaders use.
#[derive(Debug, Default)]
pub struct PackageJson {
    /// The directory holding the file.
    pub dir: PathBuf,
    pub name: Option<String>,
    /// `"module"` or `"commonjs"` (absent: commonjs, with syntax detection for `.js`).
    pub type_: Option<String>,
    pub main: Option<String>,
    pub exports: Option<Json>,
    pub imports: Option<Json>,
}

/// A package.json that does not parse (Node's ERR_INVALID_PACKAGE_CONFIG).
#[derive(Debug, Clone)]
pub struct InvalidPackageConfig {
    pub path: PathBuf,
    pub message: String,
}

/// Reads and caches package.json files.
#[derive(Default)]
pub struct PackageJsonCache {
    files: RefCell<HashMap<PathBuf, Option<Rc<PackageJson>>>>,
}

impl PackageJsonCache {
    /// The package.json in `dir`, if there is one.
    pub fn read(&self, fs: &dyn FileSystem, dir: &Path) -> Result<Option<Rc<PackageJson>>, InvalidPackageConfig> {
        if let Some(p) = self.files.borrow().get(dir) {
            return Ok(p.clone());
        }
        let path = dir.join("package.json");
        let parsed = match fs.read_to_string(&path) {
            None => None,
            Some(text) => {
                let json: Json = serde_json::from_str(&text)
                    .map_err(|e| InvalidPackageConfig { path: path.clone(), message: e.to_string() })?;
                let string = |k: &str| json.get(k).and_then(Json::as_str).map(str::to_string);
                Some(Rc::new(PackageJson {
                    dir: dir.to_path_buf(),
                    name: string("name"),
                    type_: string("type"),
                    main: string("main"),
                    exports: json.get("exports").cloned().filter(|e| !e.is_null()),
                    imports: json.get("imports").cloned().filter(|e| !e.is_null()),
                }))
            }
        };
        self.files.borrow_mut().insert(dir.to_path_buf(), parsed.clone());
        Ok(parsed)
    }

    /// LOOKUP_PACKAGE_SCOPE: the nearest package.json at or above `dir` (stopping at a
    /// `node_modules` directory).
    pub fn scope(&self, fs: &dyn FileSystem, dir: &Path) -> Result<Option<Rc<PackageJson>>, InvalidPackageConfig> {
        let mut cur = Some(dir);
        while let Some(d) = cur {
            if d.file_name().is_some_and(|n| n == "node_modules") {
                return Ok(None);
            }
            if let Some(p) = self.read(fs, d)? {
                return Ok(Some(p));
            }
            cur = d.parent();
        }
        Ok(None)
    }
}
