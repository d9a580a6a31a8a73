//! The module loader: the runtime's answer to the engine's HostLoadImportedModule and
//! import.meta hooks (Node's ESM loader, lib/internal/modules/esm/), and CommonJS
//! (`cjs.rs`, Node's lib/internal/modules/cjs/loader.js). Resolution (`resolve.rs`) reads
//! through a [`FileSystem`]: the real one, or an in-memory [`MemoryFs`].
//!
//! One module map per agent, keyed by URL: an ES module, a JSON module, the ES facade of a
//! CommonJS module and a built-in each get one record. ES module loads are synchronous (the
//! files are read as the graph is walked); `import()` loads wait for the event loop's next
//! turn, as Node's asynchronous loader makes them.

pub mod builtins;
pub mod cjs;
mod cjs_lexer;
mod fs;
mod hooks;
mod node_module;
mod package_json;
pub mod resolve;

pub use fs::{FileSystem, MemoryFs, RealFs};
pub use hooks::ModuleHooks;

use crate::host::with_runtime;
use crate::web::errors::node_error;
use package_json::PackageJsonCache;
use resolve::{Format, ResolveError, Resolved, Resolver, file_url, url_path};
use spindle::Value;
use spindle::module::{LoadRequest, ModuleId, Referrer};
use spindle::object::NativeCall;
use spindle::object::property::{CONFIGURABLE, ENUMERABLE, PropertyKey, WRITABLE};
use spindle::value::ObjId;
use spindle::vm::{ErrorType, JsResult, Vm};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// The loader's state, kept in the runtime's host.
pub struct ModuleLoader {
    pub fs: Rc<dyn FileSystem>,
    pub packages: Rc<PackageJsonCache>,
    /// URL -> record (ES modules, JSON modules, CommonJS facades, built-ins).
    map: HashMap<String, ModuleId>,
    /// Record -> URL.
    urls: HashMap<ModuleId, String>,
    /// `import()` loads waiting for the next turn of the event loop.
    pub deferred: Vec<LoadRequest>,
    /// CommonJS modules (`require.cache`).
    pub cjs: cjs::CjsState,
    /// The ES facades of CommonJS modules.
    cjs_facades: std::collections::HashSet<ModuleId>,
    /// The permission model's grants when it is on: a module outside the read grants is
    /// not loaded (Node: the loader reads through permission-checked fs calls; the entry
    /// point, read by the embedder, is exempt as in Node 22+).
    pub permissions: Option<std::sync::Arc<crate::node::fs::permission::Permissions>>,
    /// The embedder's hooks, consulted before Node's resolution (`hooks.rs`).
    pub hooks: Option<Rc<dyn ModuleHooks>>,
    /// The embedder's network (`RunOptions::resources`): modules at `http:`/`https:` URLs
    /// and the imports of modules that came from one resolve and load as on the web.
    pub resources: Option<crate::resources::Resources>,
    /// Specifiers of the embedder's host modules (`embed/host_module.rs`).
    host_modules: std::collections::HashSet<String>,
}

impl Default for ModuleLoader {
    fn default() -> Self {
        ModuleLoader::new(Rc::new(RealFs))
    }
}

impl ModuleLoader {
    pub fn new(fs: Rc<dyn FileSystem>) -> ModuleLoader {
        ModuleLoader {
            fs,
            packages: Rc::default(),
            map: HashMap::new(),
            urls: HashMap::new(),
            deferred: Vec::new(),
            cjs: cjs::CjsState::default(),
            cjs_facades: Default::default(),
            permissions: None,
            hooks: None,
            resources: None,
            host_modules: Default::default(),
        }
    }

    /// ERR_ACCESS_DENIED unless the permission model lets a module at `path` be read.
    pub fn check_read(&self, vm: &mut Vm, path: &Path) -> Result<(), Value> {
        match &self.permissions {
            Some(p) if !p.allows(crate::node::fs::permission::Access::Read, path) => {
                Err(crate::node::fs::permission::access_denied(vm, "FileSystemRead", Some(&path.to_string_lossy())))
            }
            _ => Ok(()),
        }
    }

    /// Node's wording for a name a CommonJS module does not export (Node:
    /// lib/internal/modules/esm/module_job.js ModuleJob._instantiate).
    pub fn missing_export_message(&self, requested: ModuleId, specifier: &str, name: &str) -> Option<String> {
        if !self.cjs_facades.contains(&requested) {
            return None;
        }
        Some(format!(
            "Named export '{name}' not found. The requested module '{specifier}' is a CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '{specifier}';\nconst {{ {name} }} = pkg;\n"
        ))
    }

    fn resolver(&self) -> Resolver<'_> {
        Resolver { fs: &*self.fs, packages: &self.packages, cjs_base: std::cell::Cell::new(false) }
    }

    /// The URL of a module record the loader created.
    pub fn url_of(&self, m: ModuleId) -> Option<&str> {
        self.urls.get(&m).map(String::as_str)
    }

    /// A host module (`Runtime::define_module`): its specifier resolves to itself.
    pub(crate) fn register_host_module(&mut self, specifier: &str, m: ModuleId) {
        self.host_modules.insert(specifier.to_string());
        self.register(specifier, m);
    }

    fn register(&mut self, url: &str, m: ModuleId) {
        self.map.insert(url.to_string(), m);
        self.urls.insert(m, url.to_string());
    }

    /// The base URL of code outside any module: the script's file, or (for `-e`, stdin)
    /// the working directory, as Node resolves from `[eval]`.
    fn referrer_url(&self, referrer: &Referrer) -> String {
        match referrer {
            Referrer::Module(m) => self.urls.get(m).cloned().unwrap_or_else(cwd_url),
            // A script fetched from a URL (a web worker's, importScripts') is named by it.
            Referrer::Script(file)
                if file.contains("://") || file.starts_with("data:") || file.starts_with("blob:") =>
            {
                file.to_string()
            }
            Referrer::Script(file) if !file.starts_with('[') && !file.is_empty() => {
                let p = Path::new(&**file);
                file_url(&std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
            }
            _ => cwd_url(),
        }
    }
}

fn cwd_url() -> String {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    file_url(&cwd.join("[eval]"))
}

/// A resolution failure as the JS error Node throws.
pub fn resolve_error(vm: &mut Vm, e: &ResolveError) -> Value {
    let ty = if e.type_error { ErrorType::TypeError } else { ErrorType::Error };
    let err = node_error(vm, ty, e.code, &e.message);
    if let (Some(url), Value::Object(o)) = (&e.url, err) {
        let v = vm.string(url);
        let k = vm.key_str("url");
        vm.define_direct(o, k, v, WRITABLE | ENUMERABLE | CONFIGURABLE);
    }
    err
}

/// A compile error as a SyntaxError object whose stack is the report Node prints for it
/// (`file:line`, the source line, a caret, then `SyntaxError: message`).
pub fn syntax_error(vm: &mut Vm, e: &spindle::CompileError) -> Value {
    let err = vm.make_error(ErrorType::SyntaxError, &e.message);
    let stack = vm.string(&e.to_string());
    vm.define_direct(err, PropertyKey::String(vm.names.stack), stack, WRITABLE | CONFIGURABLE);
    Value::Object(err)
}

/// The report of a module that failed to compile (see [`syntax_error`]): a SyntaxError whose
/// stack is the `file:line:col` report rather than `SyntaxError: …` and frames. An import of
/// such a file that nothing catches ends the program with this report, as a syntax error in
/// the main file does.
pub fn compile_error_report(vm: &Vm, v: Value) -> Option<String> {
    let Value::Object(o) = v else { return None };
    if !matches!(vm.obj(o).kind, spindle::object::ObjectKind::Error) {
        return None;
    }
    let stack = vm.peek_string_prop(o, vm.names.stack)?;
    let name = vm.peek_string_prop(o, vm.names.name)?;
    (name == "SyntaxError" && !stack.starts_with("SyntaxError") && stack.contains("\n\nSyntaxError: ")).then_some(stack)
}

/// HostLoadImportedModule for the runtime (`jobs::Host::load_imported_module`).
pub fn load_imported_module(vm: &mut Vm, loader: &mut ModuleLoader, req: LoadRequest) {
    if req.is_dynamic() {
        loader.deferred.push(req);
        return;
    }
    let result = load(vm, loader, &req);
    vm.finish_loading_imported_module(req, result);
}

/// Runs the `import()` loads deferred to this turn of the event loop; whether there were
/// any.
pub fn run_deferred_loads(vm: &mut Vm) -> bool {
    let pending = with_runtime(vm, |_, host| std::mem::take(&mut host.loader.deferred));
    let any = !pending.is_empty();
    for req in pending {
        let result = with_runtime(vm, |vm, host| load(vm, &mut host.loader, &req));
        vm.finish_loading_imported_module(req, result);
    }
    any
}

/// Resolves and loads one request: the record for the resolved URL, created on first use.
fn load(vm: &mut Vm, loader: &mut ModuleLoader, req: &LoadRequest) -> Result<ModuleId, Value> {
    let parent = loader.referrer_url(&req.referrer);
    if loader.host_modules.contains(&req.request.specifier)
        && let Some(&m) = loader.map.get(&req.request.specifier)
    {
        return Ok(m);
    }
    if let Some(hooks) = loader.hooks.clone()
        && let Some(resolved) = hooks.resolve(&req.request.specifier, &parent)
    {
        return load_hooked(vm, loader, &*hooks, resolved);
    }
    if loader.resources.is_some()
        && let Some(resolved) = crate::resources::resolve_module_specifier(&req.request.specifier, &parent)
    {
        return load_from_network(vm, loader, resolved);
    }
    let resolved = loader.resolver().esm_resolve(&req.request.specifier, &parent).map_err(|e| resolve_error(vm, &e))?;
    check_attributes(vm, &resolved, req)?;
    if let Some(&m) = loader.map.get(&resolved.url) {
        return Ok(m);
    }
    let m = create_record(vm, loader, &resolved)?;
    loader.register(&resolved.url, m);
    Ok(m)
}

/// A module the embedder's hooks resolved: its record, parsed from the hook's source on
/// first use.
fn load_hooked(
    vm: &mut Vm,
    loader: &mut ModuleLoader,
    hooks: &dyn ModuleHooks,
    resolved: Result<String, String>,
) -> Result<ModuleId, Value> {
    let not_found = |vm: &mut Vm, message: &str| node_error(vm, ErrorType::Error, "ERR_MODULE_NOT_FOUND", message);
    let url = resolved.map_err(|message| not_found(vm, &message))?;
    if let Some(&m) = loader.map.get(&url) {
        return Ok(m);
    }
    let source = hooks.load(&url).map_err(|message| not_found(vm, &message))?;
    let m = vm.parse_module(&source, &url).map_err(|e| syntax_error(vm, &e))?;
    loader.register(&url, m);
    Ok(m)
}

/// A module at a URL the network serves (HTML §8.1.4.2 "fetch a single module script"):
/// its record, parsed on first use; a specifier that does not resolve, or a fetch that
/// fails, is a TypeError (the import's rejection, or the worker's error).
fn load_from_network(
    vm: &mut Vm,
    loader: &mut ModuleLoader,
    resolved: Result<String, String>,
) -> Result<ModuleId, Value> {
    let url = resolved.map_err(|message| Value::Object(vm.make_error(ErrorType::TypeError, &message)))?;
    if let Some(&m) = loader.map.get(&url) {
        return Ok(m);
    }
    let script = crate::resources::fetch_with(loader.resources.as_ref(), &url).map_err(|why| {
        let message = format!("Failed to fetch the module {url} ({why})");
        Value::Object(vm.make_error(ErrorType::TypeError, &message))
    })?;
    let m = vm.parse_module(&script.source, &url).map_err(|e| syntax_error(vm, &e))?;
    loader.register(&url, m);
    Ok(m)
}

/// Import attributes against the format (Node 20: lib/internal/modules/esm/assert.js
/// validateAssertions, with its ERR_IMPORT_ASSERTION_* codes): JSON needs `type: 'json'`,
/// and only JSON may have it.
fn check_attributes(vm: &mut Vm, resolved: &Resolved, req: &LoadRequest) -> Result<(), Value> {
    let ty = req.request.attribute("type");
    let fail = |vm: &mut Vm, code: &str, message: String| Err(node_error(vm, ErrorType::TypeError, code, &message));
    match (ty, resolved.format) {
        (Some("json"), Format::Json) | (None, Format::Module | Format::CommonJs | Format::Builtin) => Ok(()),
        (Some(t), _) if t != "json" => {
            fail(vm, "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", format!("Import attribute type \"{t}\" is unsupported"))
        }
        (None, Format::Json) => fail(
            vm,
            "ERR_IMPORT_ASSERTION_TYPE_MISSING",
            format!("Module \"{}\" needs an import attribute of type \"json\"", resolved.url),
        ),
        (Some(t), _) => {
            fail(vm, "ERR_IMPORT_ASSERTION_TYPE_FAILED", format!("Module \"{}\" is not of type \"{t}\"", resolved.url))
        }
    }
}

/// Creates the record of a resolved module.
fn create_record(vm: &mut Vm, loader: &mut ModuleLoader, resolved: &Resolved) -> Result<ModuleId, Value> {
    let read = |vm: &mut Vm, path: &Path| {
        loader.check_read(vm, path)?;
        loader.fs.read_to_string(path).ok_or_else(|| {
            let message = format!("Cannot find module '{}'", path.display());
            node_error(vm, ErrorType::Error, "ERR_MODULE_NOT_FOUND", &message)
        })
    };
    match resolved.format {
        Format::Builtin => {
            // The built-in's exports are made when the facade is evaluated (not inside this
            // host hook): only its export names are needed to link.
            let name = resolved.url.trim_start_matches("node:");
            let names = if name == "process" {
                Some(crate::node::process::export_names(loader.permissions.is_some()))
            } else {
                builtins::builtin_export_names(vm, name)
            };
            match names {
                Some(names) => Ok(cjs::builtin_facade(vm, name, names, &resolved.url)),
                None => Err(builtins::unknown_builtin(vm, name)),
            }
        }
        Format::Json => {
            // Node 20 loads a JSON module through the CommonJS loader: `import` and
            // `require` of one file share the object in require.cache.
            let path = resolved.path.clone().unwrap_or_default();
            Ok(cjs::json_module(vm, &path, &resolved.url))
        }
        Format::Module => {
            let source = read(vm, resolved.path.as_deref().unwrap_or(Path::new("")))?;
            vm.parse_module(&source, &resolved.url).map_err(|e| syntax_error(vm, &e))
        }
        Format::CommonJs => {
            let path = resolved.path.clone().unwrap_or_default();
            let source = read(vm, &path)?;
            // Node's syntax detection: a `.js` file outside a typed package that is only
            // valid as a module is one.
            if cjs::is_detected_module(loader, &path, &source) {
                return vm.parse_module(&source, &resolved.url).map_err(|e| syntax_error(vm, &e));
            }
            let m = cjs::esm_facade(vm, loader, &path, &source, &resolved.url);
            loader.cjs_facades.insert(m);
            Ok(m)
        }
    }
}

/// HostGetImportMetaProperties (Node: lib/internal/modules/esm/initialize_import_meta.js):
/// `dirname` and `filename` for files, `resolve`, `url`.
pub fn initialize_import_meta(vm: &mut Vm, loader: &ModuleLoader, meta: ObjId, m: ModuleId) {
    let Some(url) = loader.url_of(m).map(str::to_string) else { return };
    let attrs = WRITABLE | ENUMERABLE | CONFIGURABLE;
    if let Some(path) = url_path(&url) {
        let dir = path.parent().map(|d| d.display().to_string()).unwrap_or_default();
        let v = vm.string(&dir);
        let k = vm.key_str("dirname");
        vm.define_direct(meta, k, v, attrs);
        let v = vm.string(&path.display().to_string());
        let k = vm.key_str("filename");
        vm.define_direct(meta, k, v, attrs);
    }
    let url_value = vm.string(&url);
    let resolve = vm.new_builtin_closure("resolve", 1, import_meta_resolve, &[url_value]);
    let k = vm.key_str("resolve");
    vm.define_direct(meta, k, Value::Object(resolve), attrs);
    let k = vm.key_str("url");
    vm.define_direct(meta, k, url_value, attrs);
    if let Some(hooks) = &loader.hooks {
        for (name, value) in hooks.import_meta(&url) {
            use crate::embed::IntoJs;
            let Ok(v) = value.into_js(vm) else { continue };
            let k = vm.key_str(&name);
            vm.define_direct(meta, k, v, attrs);
        }
    }
}

/// `import.meta.resolve(specifier)`: the URL the module's import of `specifier` resolves to
/// (synchronously, as Node 20.6+).
fn import_meta_resolve(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let base = vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined);
    let base = vm.to_rust_string(base)?;
    let specifier = vm.to_rust_string(spindle::builtins::arg(args, 0))?;
    let r = with_runtime(vm, |_, host| host.loader.resolver().esm_resolve(&specifier, &base));
    match r {
        Ok(r) => Ok(vm.string(&r.url)),
        // Node returns the would-be URL of a missing file.
        Err(ResolveError { code: "ERR_MODULE_NOT_FOUND", url: Some(u), .. }) => Ok(vm.string(&u)),
        Err(e) => Err(resolve_error(vm, &e)),
    }
}

/// The main module of an ES module program: `source` at `path` (or at `url` for `-e`),
/// parsed and registered; the caller loads, links and evaluates it.
pub fn parse_entry(vm: &mut Vm, source: &str, url: &str) -> Result<ModuleId, spindle::CompileError> {
    let m = vm.parse_module(source, url)?;
    with_runtime(vm, |_, host| host.loader.register(url, m));
    Ok(m)
}

/// The format Node runs a main file in: by extension and package `"type"` (with syntax
/// detection for an untyped `.js`).
pub fn entry_is_module(vm: &mut Vm, path: &Path, source: &str) -> bool {
    with_runtime(vm, |_, host| {
        let loader = &host.loader;
        match loader.resolver().esm_file_format(path) {
            Ok(Format::Module) => true,
            Ok(Format::CommonJs) => cjs::is_detected_module(loader, path, source),
            _ => false,
        }
    })
}
