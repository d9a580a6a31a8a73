//! Where modules come from: the real file system, or an in-memory set of files (tests and
//! embedders that ship their sources).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The file operations module resolution and loading need.
pub trait FileSystem {
    fn read_to_string(&self, path: &Path) -> Option<String>;
    fn is_file(&self, path: &Path) -> bool;
    fn is_dir(&self, path: &Path) -> bool;
    /// The canonical path (symlinks resolved), as Node's realpath of a resolved module.
    fn canonicalize(&self, path: &Path) -> PathBuf {
        path.to_path_buf()
    }
}

/// The process's file system.
pub struct RealFs;

impl FileSystem for RealFs {
    fn read_to_string(&self, path: &Path) -> Option<String> {
        let bytes = std::fs::read(path).ok()?;
        Some(match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        })
    }
    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
    fn canonicalize(&self, path: &Path) -> PathBuf {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    }
}

/// Files held in memory, by absolute path; directories are the paths' ancestors.
#[derive(Default, Clone)]
pub struct MemoryFs {
    files: HashMap<PathBuf, String>,
}

impl MemoryFs {
    pub fn new() -> MemoryFs {
        MemoryFs::default()
    }

    /// Adds (or replaces) the file at absolute `path`.
    pub fn insert(&mut self, path: impl Into<PathBuf>, source: impl Into<String>) -> &mut Self {
        self.files.insert(path.into(), source.into());
        self
    }
}

impl FileSystem for MemoryFs {
    fn read_to_string(&self, path: &Path) -> Option<String> {
        self.files.get(path).cloned()
    }
    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        self.files.keys().any(|f| f.starts_with(path) && f != path)
    }
}
