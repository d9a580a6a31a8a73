//! The permission model's file-system scopes (Node: src/permission/fs_permission.cc,
//! doc/api/permissions.md): with `--permission`, a path may be read or written only under
//! an `--allow-fs-read` / `--allow-fs-write` grant; a denied call throws
//! `Error: Access to this API has been restricted` with `code: 'ERR_ACCESS_DENIED'`,
//! `permission` and `resource` before touching the file system. Without `--permission`
//! (the CLI's default, as Node's) everything is granted.

use crate::host::with_runtime;
use spindle::Value;
use spindle::object::property::{DEFAULT_ATTRS, ENUMERABLE};
use spindle::vm::{ErrorType, JsResult, Vm};
use std::path::{Component, Path, PathBuf};

/// What a call does with a path.
#[derive(Clone, Copy, PartialEq)]
pub enum Access {
    Read,
    Write,
}

/// One scope's grants: everything, or these paths (an entry grants itself and everything
/// under it; a trailing `*` grants every path that starts with the rest).
#[derive(Clone, Debug, Default)]
pub enum Grants {
    All,
    #[default]
    None,
    Paths(Vec<PathBuf>, Vec<String>),
}

impl Grants {
    /// The grants of a list of `--allow-fs-*` values (each a comma-separated list; `*`
    /// alone is everything), paths resolved against `cwd`.
    pub fn parse(values: &[String], cwd: &Path) -> Grants {
        let mut paths = Vec::new();
        let mut prefixes = Vec::new();
        for entry in values.iter().flat_map(|v| v.split(',')).filter(|e| !e.is_empty()) {
            if entry == "*" {
                return Grants::All;
            }
            match entry.strip_suffix('*') {
                Some(prefix) => prefixes.push(resolve(cwd, prefix).to_string_lossy().into_owned()),
                None => paths.push(resolve(cwd, entry)),
            }
        }
        Grants::Paths(paths, prefixes)
    }

    /// These grants and `path` (and everything under it).
    fn with(self, path: PathBuf) -> Grants {
        match self {
            Grants::All => Grants::All,
            Grants::None => Grants::Paths(vec![path], Vec::new()),
            Grants::Paths(mut paths, prefixes) => {
                paths.push(path);
                Grants::Paths(paths, prefixes)
            }
        }
    }

    fn allows(&self, path: &Path) -> bool {
        match self {
            Grants::All => true,
            Grants::None => false,
            Grants::Paths(paths, prefixes) => {
                paths.iter().any(|p| path.starts_with(p))
                    || prefixes.iter().any(|p| path.to_string_lossy().starts_with(p.as_str()))
            }
        }
    }
}

/// The grants of an agent (a worker has its parent's). The default grants nothing: an
/// embedding host opts in per capability; the CLI grants everything unless `--permission`.
#[derive(Clone, Debug, Default)]
pub struct Permissions {
    pub fs_read: Grants,
    pub fs_write: Grants,
    pub child_process: bool,
    pub worker: bool,
}

impl Permissions {
    /// Everything granted (the CLI without `--permission`, as Node).
    pub fn all() -> Permissions {
        Permissions { fs_read: Grants::All, fs_write: Grants::All, child_process: true, worker: true }
    }

    /// Also grants reading `path` and everything under it (a relative path is taken from
    /// the current directory): an embedder's `--allow-fs-read`.
    pub fn allow_read(mut self, path: impl AsRef<Path>) -> Permissions {
        self.fs_read = self.fs_read.with(absolute(path.as_ref()));
        self
    }

    /// Also grants writing `path` and everything under it (`--allow-fs-write`).
    pub fn allow_write(mut self, path: impl AsRef<Path>) -> Permissions {
        self.fs_write = self.fs_write.with(absolute(path.as_ref()));
        self
    }

    /// Also grants starting workers (`--allow-worker`).
    pub fn allow_workers(mut self) -> Permissions {
        self.worker = true;
        self
    }

    /// Whether nothing is withheld (then the permission model is off: no checks, no
    /// `process.permission`).
    pub fn is_all(&self) -> bool {
        matches!((&self.fs_read, &self.fs_write), (Grants::All, Grants::All)) && self.child_process && self.worker
    }

    /// Whether `access` to `path` (already absolute and normalized) is granted.
    pub fn allows(&self, access: Access, path: &Path) -> bool {
        match access {
            Access::Read => self.fs_read.allows(path),
            Access::Write => self.fs_write.allows(path),
        }
    }
}

/// `path` made absolute against the current directory and normalized as [`resolve`] does.
fn absolute(path: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    resolve(&cwd, &path.to_string_lossy())
}

/// `path` made absolute against `cwd`, with `.` and `..` resolved lexically (Node's
/// path.resolve: symbolic links are not followed).
pub fn resolve(cwd: &Path, path: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for c in cwd.join(path).components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// `process.permission.has(scope[, reference])` (Node: lib/internal/process/permission.js,
/// src/permission/fs_permission.cc): without a reference, whether the whole scope is
/// granted at all; with one, whether that path is.
pub fn has(vm: &mut Vm, _cx: &spindle::object::NativeCall, args: &[Value]) -> JsResult<Value> {
    let scope = spindle::builtins::arg(args, 0);
    let Value::String(s) = scope else {
        return Err(crate::web::errors::invalid_arg_type(vm, "scope", "string", scope));
    };
    let scope = vm.rust_string(s);
    let reference = match spindle::builtins::arg(args, 1) {
        Value::Undefined => None,
        v => Some(vm.to_rust_string(v)?),
    };
    let Some(p) = with_runtime(vm, |_, h| h.permissions.clone()) else { return Ok(Value::Bool(true)) };
    let fs = |grants: &Grants| match &reference {
        None => match grants {
            Grants::All => true,
            Grants::None => false,
            Grants::Paths(paths, prefixes) => !paths.is_empty() || !prefixes.is_empty(),
        },
        Some(r) => grants.allows(&resolve(&std::env::current_dir().unwrap_or_default(), r)),
    };
    let granted = match scope.as_str() {
        "fs" => fs(&p.fs_read) && fs(&p.fs_write),
        "fs.read" => fs(&p.fs_read),
        "fs.write" => fs(&p.fs_write),
        "child" => p.child_process,
        "worker" => p.worker,
        // Node answers false for a scope it does not know.
        _ => false,
    };
    Ok(Value::Bool(granted))
}

/// Throws ERR_ACCESS_DENIED unless `access` to `path` is granted.
pub fn check(vm: &mut Vm, access: Access, path: &str) -> JsResult<()> {
    let Some(permissions) = with_runtime(vm, |_, h| h.permissions.clone()) else { return Ok(()) };
    let cwd = std::env::current_dir().unwrap_or_default();
    let resolved = resolve(&cwd, path);
    if permissions.allows(access, &resolved) {
        return Ok(());
    }
    let scope = if access == Access::Read { "FileSystemRead" } else { "FileSystemWrite" };
    Err(access_denied(vm, scope, Some(&resolved.to_string_lossy())))
}

/// Node's ERR_ACCESS_DENIED error (src/permission/permission.cc ThrowAccessDenied).
pub fn access_denied(vm: &mut Vm, scope: &str, resource: Option<&str>) -> Value {
    let e = crate::web::errors::node_error(
        vm,
        ErrorType::Error,
        "ERR_ACCESS_DENIED",
        "Access to this API has been restricted",
    );
    let Value::Object(o) = e else { return e };
    let permission = vm.string(scope);
    vm.def_value(o, "permission", permission, DEFAULT_ATTRS | ENUMERABLE);
    let r = vm.string(resource.unwrap_or(""));
    vm.def_value(o, "resource", r, DEFAULT_ATTRS | ENUMERABLE);
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grants_cover_paths_below_them_and_prefixes() {
        let g = Grants::parse(&["/tmp/a,/srv/x*".into()], Path::new("/"));
        assert!(g.allows(Path::new("/tmp/a")));
        assert!(g.allows(Path::new("/tmp/a/b/c")));
        assert!(!g.allows(Path::new("/tmp/ab")));
        assert!(g.allows(Path::new("/srv/xyz/1")));
        assert!(!g.allows(Path::new("/srv/y")));
        assert_eq!(resolve(Path::new("/a/b"), "../c/./d"), PathBuf::from("/a/c/d"));
    }
}
