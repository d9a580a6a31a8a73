//! Node's module resolution: the ES module algorithm (Node: doc/api/esm.md "Resolution
//! Algorithm Specification", lib/internal/modules/esm/resolve.js) and CommonJS's
//! `require.resolve` (doc/api/modules.md "All together", lib/internal/modules/cjs/loader.js).
//! Both share `package.json` `"exports"` / `"imports"` with their own conditions.

use super::builtins::is_builtin;
use super::fs::FileSystem;
use super::package_json::{InvalidPackageConfig, PackageJson, PackageJsonCache};
use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use url::Url;

/// How a resolved module is loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Module,
    CommonJs,
    Json,
    Builtin,
}

/// A resolved module: its URL (`file:///…` or `node:…`) and format.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub url: String,
    pub path: Option<PathBuf>,
    pub format: Format,
}

/// A resolution failure as Node reports it: the error type, `code` and message.
#[derive(Clone, Debug)]
pub struct ResolveError {
    pub type_error: bool,
    pub code: &'static str,
    pub message: String,
    /// The URL that was not found (ERR_MODULE_NOT_FOUND's `url` property).
    pub url: Option<String>,
}

impl ResolveError {
    fn new(code: &'static str, type_error: bool, message: String) -> ResolveError {
        ResolveError { type_error, code, message, url: None }
    }
}

impl From<InvalidPackageConfig> for ResolveError {
    fn from(e: InvalidPackageConfig) -> ResolveError {
        ResolveError::new(
            "ERR_INVALID_PACKAGE_CONFIG",
            false,
            format!("Invalid package config {}: {}", e.path.display(), e.message),
        )
    }
}

/// The conditions ES module imports match (`default` always matches).
pub const IMPORT_CONDITIONS: &[&str] = &["node", "import", "module-sync"];
/// The conditions `require` matches.
pub const REQUIRE_CONDITIONS: &[&str] = &["node", "require", "module-sync"];

pub struct Resolver<'a> {
    pub fs: &'a dyn FileSystem,
    pub packages: &'a PackageJsonCache,
    /// Resolving for `require` (messages name no importer).
    pub cjs_base: std::cell::Cell<bool>,
}

pub fn file_url(path: &Path) -> String {
    Url::from_file_path(path).map(String::from).unwrap_or_else(|_| format!("file://{}", path.display()))
}

pub fn url_path(url: &str) -> Option<PathBuf> {
    Url::parse(url).ok().filter(|u| u.scheme() == "file").and_then(|u| u.to_file_path().ok())
}

/// A path for messages: the file path of a `file:` URL, else the URL.
fn shown(url: &str) -> String {
    url_path(url).map_or_else(|| url.to_string(), |p| p.display().to_string())
}

impl Resolver<'_> {
    /// ESM_RESOLVE(specifier, parentURL).
    pub fn esm_resolve(&self, specifier: &str, parent_url: &str) -> Result<Resolved, ResolveError> {
        let parent = Url::parse(parent_url)
            .map_err(|_| ResolveError::new("ERR_INVALID_URL", true, format!("Invalid URL: {parent_url}")))?;
        let resolved: Url = if let Ok(u) = Url::parse(specifier) {
            u
        } else if specifier.starts_with('/') || specifier.starts_with("./") || specifier.starts_with("../") {
            parent.join(specifier).map_err(|_| invalid_specifier(specifier, "", parent_url))?
        } else if specifier.starts_with('#') {
            self.package_imports_resolve(specifier, &parent, IMPORT_CONDITIONS)?
        } else {
            self.package_resolve(specifier, &parent, IMPORT_CONDITIONS)?
        };
        match resolved.scheme() {
            "node" => {
                let name = resolved.path().to_string();
                if !is_builtin(&name) {
                    return Err(ResolveError::new(
                        "ERR_UNKNOWN_BUILTIN_MODULE",
                        false,
                        format!("No such built-in module: node:{name}"),
                    ));
                }
                return Ok(Resolved { url: format!("node:{name}"), path: None, format: Format::Builtin });
            }
            "spindle" if super::builtins::SPINDLE_MODULES.contains(&resolved.as_str()) => {
                return Ok(Resolved { url: resolved.to_string(), path: None, format: Format::Builtin });
            }
            "file" => {}
            scheme => {
                return Err(ResolveError::new(
                    "ERR_UNSUPPORTED_ESM_URL_SCHEME",
                    false,
                    format!(
                        "Only URLs with a scheme in: file and node are supported by the default ESM loader. Received protocol '{scheme}:'"
                    ),
                ));
            }
        }
        let path_part = resolved.path();
        if path_part.to_ascii_lowercase().contains("%2f") || path_part.to_ascii_lowercase().contains("%5c") {
            return Err(invalid_specifier(
                path_part,
                "must not include encoded \"/\" or \"\\\" characters",
                parent_url,
            ));
        }
        let path = resolved.to_file_path().map_err(|_| invalid_specifier(specifier, "", parent_url))?;
        if self.fs.is_dir(&path) {
            return Err(ResolveError::new(
                "ERR_UNSUPPORTED_DIR_IMPORT",
                false,
                format!(
                    "Directory import '{}' is not supported resolving ES modules imported from {}",
                    path.display(),
                    shown(parent_url)
                ),
            ));
        }
        if !self.fs.is_file(&path) {
            let mut e = ResolveError::new(
                "ERR_MODULE_NOT_FOUND",
                false,
                format!("Cannot find module '{}' imported from {}", path.display(), shown(parent_url)),
            );
            e.url = Some(resolved.to_string());
            return Err(e);
        }
        let real = self.fs.canonicalize(&path);
        let format = self.esm_file_format(&real)?;
        // The module map is keyed by the whole URL: `./a.mjs?x` and `./a.mjs#y` are other
        // instances of the same file.
        let mut url = Url::from_file_path(&real).unwrap_or_else(|_| resolved.clone());
        url.set_query(resolved.query());
        url.set_fragment(resolved.fragment());
        Ok(Resolved { url: url.to_string(), path: Some(real), format })
    }

    /// ESM_FILE_FORMAT(url): by extension, then the package scope's `"type"`. (A `.js` file
    /// outside a typed package is CommonJS unless its source has module syntax, decided when
    /// it is loaded.)
    pub fn esm_file_format(&self, path: &Path) -> Result<Format, ResolveError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        Ok(match ext {
            "mjs" => Format::Module,
            "cjs" => Format::CommonJs,
            "json" => Format::Json,
            _ => {
                let scope = path.parent().map(|d| self.packages.scope(self.fs, d)).transpose()?.flatten();
                let module = scope.as_ref().and_then(|p| p.type_.as_deref()) == Some("module");
                if module && !matches!(ext, "js" | "") {
                    return Err(ResolveError::new(
                        "ERR_UNKNOWN_FILE_EXTENSION",
                        true,
                        format!("Unknown file extension \".{ext}\" for {}", path.display()),
                    ));
                }
                if module { Format::Module } else { Format::CommonJs }
            }
        })
    }

    /// PACKAGE_RESOLVE(packageSpecifier, parentURL).
    fn package_resolve(&self, specifier: &str, parent: &Url, conditions: &[&str]) -> Result<Url, ResolveError> {
        if is_builtin(specifier) {
            return Ok(Url::parse(&format!("node:{specifier}")).expect("node: URL"));
        }
        let (name, subpath) = parse_package_name(specifier)
            .ok_or_else(|| invalid_specifier(specifier, "is not a valid package name", parent.as_str()))?;
        let parent_path = parent.to_file_path().unwrap_or_default();
        if let Some(u) = self.package_self_resolve(&name, &subpath, &parent_path, conditions)? {
            return Ok(u);
        }
        let mut dir = parent_path.parent();
        while let Some(d) = dir {
            let package_dir = d.join("node_modules").join(&name);
            dir = d.parent();
            if !self.fs.is_dir(&package_dir) {
                continue;
            }
            let pjson = self.packages.read(self.fs, &package_dir)?;
            if let Some(exports) = pjson.as_ref().and_then(|p| p.exports.as_ref()) {
                return self.package_exports_resolve(&package_dir, &subpath, exports, conditions, parent);
            }
            if subpath == "." {
                return self.legacy_main_resolve(&package_dir, pjson.as_deref(), parent);
            }
            return dir_url(&package_dir)
                .join(&subpath[2..])
                .map_err(|_| invalid_specifier(specifier, "", parent.as_str()));
        }
        Err(ResolveError::new(
            "ERR_MODULE_NOT_FOUND",
            false,
            format!("Cannot find package '{name}' imported from {}", shown(parent.as_str())),
        ))
    }

    /// PACKAGE_SELF_RESOLVE: a package importing itself by its name.
    fn package_self_resolve(
        &self,
        name: &str,
        subpath: &str,
        parent: &Path,
        conditions: &[&str],
    ) -> Result<Option<Url>, ResolveError> {
        let Some(scope) = parent.parent().map(|d| self.packages.scope(self.fs, d)).transpose()?.flatten() else {
            return Ok(None);
        };
        match (&scope.exports, &scope.name) {
            (Some(exports), Some(n)) if n == name => {
                let base = file_url_of(parent);
                self.package_exports_resolve(&scope.dir, subpath, exports, conditions, &base).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// LEGACY_MAIN_RESOLVE: `main` with the CommonJS extensions, then `index.js`.
    fn legacy_main_resolve(&self, dir: &Path, pjson: Option<&PackageJson>, parent: &Url) -> Result<Url, ResolveError> {
        let mut tries = Vec::new();
        if let Some(main) = pjson.and_then(|p| p.main.as_deref()) {
            for suffix in ["", ".js", ".json", ".node", "/index.js", "/index.json", "/index.node"] {
                tries.push(dir.join(format!("{main}{suffix}")));
            }
        }
        tries.extend(["index.js", "index.json", "index.node"].map(|f| dir.join(f)));
        for t in tries {
            if self.fs.is_file(&t) {
                return Ok(file_url_of(&t));
            }
        }
        Err(ResolveError::new(
            "ERR_MODULE_NOT_FOUND",
            false,
            format!(
                "Cannot find package '{}' imported from {}",
                dir.join("index.js").display(),
                shown(parent.as_str())
            ),
        ))
    }

    /// PACKAGE_EXPORTS_RESOLVE(packageURL, subpath, exports, conditions).
    pub fn package_exports_resolve(
        &self,
        package_dir: &Path,
        subpath: &str,
        exports: &Json,
        conditions: &[&str],
        base: &Url,
    ) -> Result<Url, ResolveError> {
        let dot_keys = match exports.as_object() {
            Some(o) => {
                let dots = o.keys().filter(|k| k.starts_with('.')).count();
                if dots != 0 && dots != o.len() {
                    return Err(ResolveError::new(
                        "ERR_INVALID_PACKAGE_CONFIG",
                        false,
                        format!(
                            "Invalid package config {}. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.",
                            package_dir.join("package.json").display()
                        ),
                    ));
                }
                dots != 0
            }
            None => false,
        };
        if subpath == "." {
            let main = if dot_keys { exports.get(".") } else { Some(exports) };
            if let Some(main) = main
                && let Some(u) = self.package_target_resolve(package_dir, main, None, false, conditions, base)?
            {
                return Ok(u);
            }
        } else if dot_keys
            && let Some(u) =
                self.package_imports_exports_resolve(subpath, exports, package_dir, false, conditions, base)?
        {
            return Ok(u);
        }
        let pjson = package_dir.join("package.json");
        Err(ResolveError::new(
            "ERR_PACKAGE_PATH_NOT_EXPORTED",
            false,
            if subpath == "." {
                format!("No \"exports\" main defined in {}", pjson.display())
            } else {
                // The CommonJS loader names no importer (Node: lib/internal/modules/esm/resolve.js
                // exportsNotFound with a null base).
                match base.scheme() {
                    "file" if self.cjs_base.get() => {
                        format!("Package subpath '{subpath}' is not defined by \"exports\" in {}", pjson.display())
                    }
                    _ => format!(
                        "Package subpath '{subpath}' is not defined by \"exports\" in {} imported from {}",
                        pjson.display(),
                        shown(base.as_str())
                    ),
                }
            },
        ))
    }

    /// PACKAGE_IMPORTS_RESOLVE(specifier, parentURL, conditions).
    pub fn package_imports_resolve(
        &self,
        specifier: &str,
        parent: &Url,
        conditions: &[&str],
    ) -> Result<Url, ResolveError> {
        if specifier == "#" || specifier.starts_with("#/") {
            return Err(invalid_specifier(
                specifier,
                "is not a valid internal imports specifier name",
                parent.as_str(),
            ));
        }
        let parent_path = parent.to_file_path().unwrap_or_default();
        let scope = parent_path.parent().map(|d| self.packages.scope(self.fs, d)).transpose()?.flatten();
        if let Some(scope) = &scope
            && let Some(imports) = &scope.imports
            && imports.is_object()
            && let Some(u) =
                self.package_imports_exports_resolve(specifier, imports, &scope.dir, true, conditions, parent)?
        {
            return Ok(u);
        }
        let where_ = scope.map(|s| format!(" in package {}", s.dir.join("package.json").display())).unwrap_or_default();
        Err(ResolveError::new(
            "ERR_PACKAGE_IMPORT_NOT_DEFINED",
            true,
            format!(
                "Package import specifier \"{specifier}\" is not defined{where_} imported from {}",
                shown(parent.as_str())
            ),
        ))
    }

    /// PACKAGE_IMPORTS_EXPORTS_RESOLVE(matchKey, matchObj, packageURL, isImports, conditions).
    fn package_imports_exports_resolve(
        &self,
        match_key: &str,
        match_obj: &Json,
        package_dir: &Path,
        is_imports: bool,
        conditions: &[&str],
        base: &Url,
    ) -> Result<Option<Url>, ResolveError> {
        let Some(obj) = match_obj.as_object() else { return Ok(None) };
        if let Some(target) = obj.get(match_key)
            && !match_key.contains('*')
        {
            return self.package_target_resolve(package_dir, target, None, is_imports, conditions, base);
        }
        let mut expansion_keys: Vec<&String> = obj.keys().filter(|k| k.matches('*').count() == 1).collect();
        expansion_keys.sort_by(|a, b| pattern_key_compare(a, b));
        for key in expansion_keys {
            let star = key.find('*').expect("one *");
            let (pattern_base, trailer) = (&key[..star], &key[star + 1..]);
            if match_key.starts_with(pattern_base)
                && match_key != pattern_base
                && (trailer.is_empty() || (match_key.ends_with(trailer) && match_key.len() >= key.len()))
            {
                let pattern_match = &match_key[pattern_base.len()..match_key.len() - trailer.len()];
                return self.package_target_resolve(
                    package_dir,
                    &obj[key],
                    Some(pattern_match),
                    is_imports,
                    conditions,
                    base,
                );
            }
        }
        Ok(None)
    }

    /// PACKAGE_TARGET_RESOLVE(packageURL, target, patternMatch, isImports, conditions).
    /// `Ok(None)` is null/undefined (no match).
    fn package_target_resolve(
        &self,
        package_dir: &Path,
        target: &Json,
        pattern_match: Option<&str>,
        is_imports: bool,
        conditions: &[&str],
        base: &Url,
    ) -> Result<Option<Url>, ResolveError> {
        match target {
            Json::String(t) => {
                if !t.starts_with("./") {
                    if !is_imports || t.starts_with("../") || t.starts_with('/') || Url::parse(t).is_ok() {
                        return Err(invalid_target(package_dir, t, base));
                    }
                    let spec = match pattern_match {
                        Some(m) => t.replace('*', m),
                        None => t.clone(),
                    };
                    let package_base = file_url_of(&package_dir.join("package.json"));
                    return self.package_resolve(&spec, &package_base, conditions).map(Some);
                }
                if invalid_segments(&t[2..]) {
                    return Err(invalid_target(package_dir, t, base));
                }
                let resolved = package_dir.join(&t[2..]);
                let Some(m) = pattern_match else { return Ok(Some(file_url_of(&resolved))) };
                if invalid_segments(m) {
                    return Err(invalid_specifier(&t.replace('*', m), "", base.as_str()));
                }
                Ok(Some(file_url_of(&package_dir.join(t[2..].replace('*', m)))))
            }
            Json::Object(o) => {
                for (key, value) in o {
                    if (key == "default" || conditions.contains(&key.as_str()))
                        && let Some(u) = self.package_target_resolve(
                            package_dir,
                            value,
                            pattern_match,
                            is_imports,
                            conditions,
                            base,
                        )?
                    {
                        return Ok(Some(u));
                    }
                }
                Ok(None)
            }
            Json::Array(items) => {
                let mut last_error = None;
                for item in items {
                    match self.package_target_resolve(package_dir, item, pattern_match, is_imports, conditions, base) {
                        Ok(Some(u)) => return Ok(Some(u)),
                        Ok(None) => {}
                        Err(e) if e.code == "ERR_INVALID_PACKAGE_TARGET" => last_error = Some(e),
                        Err(e) => return Err(e),
                    }
                }
                match last_error {
                    Some(e) => Err(e),
                    None => Ok(None),
                }
            }
            Json::Null => Ok(None),
            _ => Err(invalid_target(package_dir, &target.to_string(), base)),
        }
    }
}

/// PATTERN_KEY_COMPARE: longer prefixes before the `*` first, then longer keys.
fn pattern_key_compare(a: &str, b: &str) -> std::cmp::Ordering {
    let base_a = a.find('*').map_or(a.len(), |i| i + 1);
    let base_b = b.find('*').map_or(b.len(), |i| i + 1);
    base_b.cmp(&base_a).then_with(|| b.len().cmp(&a.len()))
}

/// Segments a target may not contain: "", ".", "..", "node_modules" (any case).
fn invalid_segments(s: &str) -> bool {
    s.split(['/', '\\']).any(|seg| matches!(seg.to_ascii_lowercase().as_str(), "." | ".." | "node_modules"))
}

/// `name` / `@scope/name` and the `./subpath` after it.
pub fn parse_package_name(specifier: &str) -> Option<(String, String)> {
    let mut parts = specifier.splitn(3, '/');
    let first = parts.next()?;
    let name_len = if first.starts_with('@') {
        let second = parts.next()?;
        if first.len() < 2 || second.is_empty() {
            return None;
        }
        first.len() + 1 + second.len()
    } else {
        first.len()
    };
    let name = &specifier[..name_len];
    if name.is_empty() || name.starts_with('.') || name.contains('\\') || name.contains('%') {
        return None;
    }
    Some((name.to_string(), format!(".{}", &specifier[name_len..])))
}

fn file_url_of(path: &Path) -> Url {
    Url::from_file_path(path).unwrap_or_else(|_| Url::parse("file:///").expect("file URL"))
}

fn dir_url(path: &Path) -> Url {
    Url::from_directory_path(path).unwrap_or_else(|_| Url::parse("file:///").expect("file URL"))
}

fn invalid_specifier(specifier: &str, reason: &str, base: &str) -> ResolveError {
    let reason = if reason.is_empty() { String::new() } else { format!(" {reason}") };
    ResolveError::new(
        "ERR_INVALID_MODULE_SPECIFIER",
        true,
        format!("Invalid module \"{specifier}\"{reason} imported from {}", shown(base)),
    )
}

fn invalid_target(package_dir: &Path, target: &str, base: &Url) -> ResolveError {
    ResolveError::new(
        "ERR_INVALID_PACKAGE_TARGET",
        false,
        format!(
            "Invalid \"exports\" target \"{target}\" defined in the package config {} imported from {}",
            package_dir.join("package.json").display(),
            shown(base.as_str())
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names_and_subpaths() {
        assert_eq!(parse_package_name("p-limit"), Some(("p-limit".into(), ".".into())));
        assert_eq!(parse_package_name("@s/x/y/z.js"), Some(("@s/x".into(), "./y/z.js".into())));
        assert_eq!(parse_package_name("@s"), None);
        assert_eq!(parse_package_name(".x"), None);
    }

    #[test]
    fn pattern_keys_sort_longest_prefix_first() {
        let mut keys = vec!["./*", "./a/*", "./a/*.js", "./a/b*"];
        keys.sort_by(|a, b| pattern_key_compare(a, b));
        assert_eq!(keys, ["./a/b*", "./a/*.js", "./a/*", "./*"]);
    }
}
