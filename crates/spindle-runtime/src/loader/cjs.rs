//! CommonJS (Node: lib/internal/modules/cjs/loader.js): `require`, `module`, `exports`,
//! `__filename`, `__dirname`, `require.resolve`, `require.cache`, JSON files, cycles with
//! partial exports, `require` of an ES module graph without top-level await, and the ES
//! module facade of a CommonJS module (default = `module.exports`, named exports found by
//! `cjs_lexer`).

use super::builtins::{builtin_exports, builtin_name};
use super::cjs_lexer::parse_cjs_exports;
use super::resolve::{REQUIRE_CONDITIONS, ResolveError, Resolver, file_url, parse_package_name};
use super::{ModuleLoader, resolve_error, syntax_error};
use crate::host::with_runtime;
use crate::web::errors::node_error;
use spindle::Value;
use spindle::builtins::arg;
use spindle::bytecode::Code;
use spindle::jobs::{Persistent, PromiseState};
use spindle::module::ModuleId;
use spindle::object::NativeCall;
use spindle::object::property::{CONFIGURABLE, ENUMERABLE, HIDDEN, PropertyKey, WRITABLE};
use spindle::object::{Object, ObjectKind};
use spindle::value::ObjId;
use spindle::vm::{ErrorType, JsResult, Vm};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use url::Url;

/// The CommonJS half of the loader's state.
#[derive(Default)]
pub struct CjsState {
    /// `require.cache` (Module._cache): filename -> module object.
    cache: Option<Persistent>,
    /// The prototype of module objects (Module.prototype: `require`).
    module_prototype: Option<Persistent>,
    /// `require.main`.
    main: Option<Persistent>,
}

/// The wrapper Node compiles a CommonJS module in (Module.wrap), on the module's first line.
const WRAPPER_HEAD: &str = "(function (exports, require, module, __filename, __dirname) { ";
const WRAPPER_TAIL: &str = "\n})";

fn cache_object(vm: &mut Vm) -> ObjId {
    if let Some(p) = with_runtime(vm, |_, h| h.loader.cjs.cache)
        && let Value::Object(o) = vm.persistent(p)
    {
        return o;
    }
    let o = vm.heap.alloc_object(Object::new(None, ObjectKind::Ordinary));
    let p = vm.persist(Value::Object(o));
    with_runtime(vm, |_, h| h.loader.cjs.cache = Some(p));
    o
}

fn module_prototype(vm: &mut Vm) -> ObjId {
    if let Some(p) = with_runtime(vm, |_, h| h.loader.cjs.module_prototype)
        && let Value::Object(o) = vm.persistent(p)
    {
        return o;
    }
    let proto = vm.intrinsics().object_prototype;
    let o = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.def_method(o, "require", 1, module_require);
    let p = vm.persist(Value::Object(o));
    with_runtime(vm, |_, h| h.loader.cjs.module_prototype = Some(p));
    o
}

fn set(vm: &mut Vm, o: ObjId, name: &str, v: Value) {
    let k = vm.key_str(name);
    vm.define_direct(o, k, v, WRITABLE | ENUMERABLE | CONFIGURABLE);
}

/// `new Module(filename, parent)`: id, path, exports, filename, loaded, children, paths.
fn new_module(vm: &mut Vm, filename: &Path, parent: Value) -> ObjId {
    let proto = module_prototype(vm);
    let m = vm.heap.alloc_object(Object::new(Some(proto), ObjectKind::Ordinary));
    vm.root(Value::Object(m));
    let name = vm.string(&filename.display().to_string());
    let dir = vm.string(&filename.parent().map(|d| d.display().to_string()).unwrap_or_default());
    set(vm, m, "id", name);
    set(vm, m, "path", dir);
    let exports = vm.new_object();
    set(vm, m, "exports", Value::Object(exports));
    set(vm, m, "filename", name);
    set(vm, m, "loaded", Value::Bool(false));
    let children = vm.new_array(Vec::new());
    set(vm, m, "children", Value::Object(children));
    let paths: Vec<Value> = node_module_paths(filename.parent().unwrap_or(Path::new("/")))
        .iter()
        .map(|p| vm.string(&p.display().to_string()))
        .collect();
    let paths = vm.new_array(paths);
    set(vm, m, "paths", Value::Object(paths));
    let k = vm.key_str("parent");
    vm.define_direct(m, k, parent, HIDDEN);
    m
}

/// Module._nodeModulePaths: `dir/node_modules` for `dir` and each ancestor.
fn node_module_paths(dir: &Path) -> Vec<PathBuf> {
    dir.ancestors().filter(|d| d.file_name() != Some("node_modules".as_ref())).map(|d| d.join("node_modules")).collect()
}

/// The `require` function of `module` (makeRequireFunction): with `resolve`, `cache`, `main`.
pub fn make_require(vm: &mut Vm, module: ObjId) -> ObjId {
    let require = vm.new_builtin_closure("require", 1, require, &[Value::Object(module)]);
    vm.root(Value::Object(require));
    let resolve = vm.new_builtin_closure("resolve", 1, require_resolve, &[Value::Object(module)]);
    set(vm, require, "resolve", Value::Object(resolve));
    let cache = cache_object(vm);
    set(vm, require, "cache", Value::Object(cache));
    let main = with_runtime(vm, |_, h| h.loader.cjs.main).map_or(Value::Undefined, |p| vm.persistent(p));
    set(vm, require, "main", main);
    require
}

fn module_filename(vm: &mut Vm, module: Value) -> PathBuf {
    match module {
        Value::Object(o) => match vm.get_str(o, "filename") {
            Ok(Value::String(s)) => PathBuf::from(vm.rust_string(s)),
            _ => PathBuf::new(),
        },
        _ => PathBuf::new(),
    }
}

/// The specifier argument of require / require.resolve (ERR_INVALID_ARG_TYPE / _VALUE).
fn specifier_arg(vm: &mut Vm, v: Value) -> JsResult<String> {
    let Value::String(s) = v else {
        let got = crate::web::errors::received(vm, v)?;
        let message = format!("The \"id\" argument must be of type string. Received {got}");
        return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_TYPE", &message));
    };
    let s = vm.rust_string(s);
    if s.is_empty() {
        let message = "The argument 'id' must be a non-empty string. Received ''";
        return Err(node_error(vm, ErrorType::TypeError, "ERR_INVALID_ARG_VALUE", message));
    }
    Ok(s)
}

/// `require(id)` (Module._load).
fn require(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let module = vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined);
    let id = specifier_arg(vm, arg(args, 0))?;
    require_from(vm, module, &id)
}

/// `module.require(id)`.
fn module_require(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let id = specifier_arg(vm, arg(args, 0))?;
    require_from(vm, cx.this, &id)
}

/// `require.resolve(request)`.
fn require_resolve(vm: &mut Vm, cx: &NativeCall, args: &[Value]) -> JsResult<Value> {
    let module = vm.native_slots(cx.callee).first().copied().unwrap_or(Value::Undefined);
    let id = specifier_arg(vm, arg(args, 0))?;
    if let Some(name) = builtin_name(&id) {
        let shown = if id.starts_with("node:") { id.clone() } else { name.to_string() };
        return Ok(vm.string(&shown));
    }
    let path = resolve_filename(vm, &id, module)?;
    Ok(vm.string(&path.display().to_string()))
}

/// `require(id)` from `parent` (a module object).
pub fn require_from(vm: &mut Vm, parent: Value, id: &str) -> JsResult<Value> {
    if let Some(name) = builtin_name(id) {
        return builtin_exports(vm, name);
    }
    // Node's `internal/…` modules exist only for the built-ins themselves.
    if id.starts_with("internal/") && module_filename(vm, parent).to_string_lossy().starts_with("node:") {
        return builtin_exports(vm, id);
    }
    let filename = resolve_filename(vm, id, parent)?;
    load_module_file(vm, &filename, parent)
}

/// Loads (or finds in the cache) the module at `filename` and returns its exports.
pub fn load_module_file(vm: &mut Vm, filename: &Path, parent: Value) -> JsResult<Value> {
    let cache = cache_object(vm);
    let key_text = filename.display().to_string();
    let key = vm.key_str(&key_text);
    if let Value::Object(cached) = vm.get(cache, key, Value::Object(cache))? {
        if let Value::Object(p) = parent {
            push_child(vm, p, cached, true)?;
        }
        return vm.get_str(cached, "exports");
    }
    let module = new_module(vm, filename, parent);
    if let Value::Object(p) = parent {
        push_child(vm, p, module, false)?;
    }
    vm.set(cache, key, Value::Object(module), Value::Object(cache))?;
    if let Err(e) = load_into(vm, module, filename) {
        vm.delete(cache, key)?;
        return Err(e);
    }
    set(vm, module, "loaded", Value::Bool(true));
    vm.get_str(module, "exports")
}

/// updateChildren: a cached module is added to `children` only if it is not there yet.
fn push_child(vm: &mut Vm, parent: ObjId, child: ObjId, scan: bool) -> JsResult<()> {
    if let Value::Object(children) = vm.get_str(parent, "children")? {
        let n = vm.length_of_array_like(children)?;
        for i in 0..n as u32 {
            if scan && vm.get(children, PropertyKey::Index(i), Value::Object(children))? == Value::Object(child) {
                return Ok(());
            }
        }
        let key = PropertyKey::Index(n as u32);
        vm.create_data_property(children, key, Value::Object(child))?;
    }
    Ok(())
}

/// Module.prototype.load: by extension (`.json`, ES modules, else JavaScript).
fn load_into(vm: &mut Vm, module: ObjId, filename: &Path) -> JsResult<()> {
    let permissions = with_runtime(vm, |_, h| h.loader.permissions.clone());
    if permissions.is_some_and(|p| !p.allows(crate::node::fs::permission::Access::Read, filename)) {
        let resource = filename.to_string_lossy().into_owned();
        return Err(crate::node::fs::permission::access_denied(vm, "FileSystemRead", Some(&resource)));
    }
    let fs = with_runtime(vm, |_, h| h.loader.fs.clone());
    let Some(source) = fs.read_to_string(filename) else {
        let message = format!("Cannot find module '{}'", filename.display());
        return Err(node_error(vm, ErrorType::Error, "MODULE_NOT_FOUND", &message));
    };
    let ext = filename.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext == "json" {
        let text = vm.string(strip_bom(&source));
        let value = match spindle::builtins::json::json_parse(vm, text) {
            Ok(v) => v,
            Err(e) => {
                // Node prefixes the file name to the parse error's message.
                if let Value::Object(o) = e
                    && let Ok(Value::String(m)) = vm.get_str(o, "message")
                {
                    let m = format!("{}: {}", filename.display(), vm.rust_string(m));
                    let v = vm.string(&m);
                    let k = PropertyKey::String(vm.names.message);
                    vm.define_direct(o, k, v, HIDDEN);
                }
                return Err(e);
            }
        };
        set(vm, module, "exports", value);
        return Ok(());
    }
    let is_module = ext == "mjs"
        || with_runtime(vm, |_, h| {
            let format = h.loader.resolver().esm_file_format(filename);
            matches!(format, Ok(super::Format::Module)) || is_detected_module(&h.loader, filename, &source)
        });
    if is_module {
        let ns = require_esm(vm, filename, &source)?;
        set(vm, module, "exports", ns);
        return Ok(());
    }
    compile_and_run(vm, module, filename, &source)
}

fn strip_bom(s: &str) -> &str {
    s.strip_prefix('\u{feff}').unwrap_or(s)
}

/// Compiles `source` in Node's function wrapper (Module.wrap), keeping its positions.
fn compile_wrapper(vm: &mut Vm, filename: &Path, source: &str) -> Result<Rc<Code>, spindle::CompileError> {
    let source = strip_bom(source);
    // A hashbang line stays a comment inside the wrapper (same length: positions hold).
    let body = match source.strip_prefix("#!") {
        Some(rest) => format!("//{rest}"),
        None => source.to_string(),
    };
    let file = filename.display().to_string();
    let code = spindle::compiler::compile_wrapped_script(&mut vm.heap, WRAPPER_HEAD, &body, WRAPPER_TAIL, &file)?;
    if let Some(wrapper) = code.functions.first() {
        let _ = wrapper.trace_name.set("Object.<anonymous>".into());
    }
    Ok(code)
}

/// Module.prototype._compile: the source in Node's function wrapper, called with
/// `this` = `module.exports`.
pub fn compile_and_run(vm: &mut Vm, module: ObjId, filename: &Path, source: &str) -> JsResult<()> {
    let code = compile_wrapper(vm, filename, source).map_err(|e| syntax_error(vm, &e))?;
    run_wrapper(vm, module, filename, code)
}

fn run_wrapper(vm: &mut Vm, module: ObjId, filename: &Path, code: Rc<Code>) -> JsResult<()> {
    let wrapper = vm.run_script(code)?;
    vm.root(wrapper);
    let exports = vm.get_str(module, "exports")?;
    let require = make_require(vm, module);
    let file = filename.display().to_string();
    let dirname = filename.parent().map(|d| d.display().to_string()).unwrap_or_default();
    let args = [exports, Value::Object(require), Value::Object(module), vm.string(&file), vm.string(&dirname)];
    for a in args {
        vm.root(a);
    }
    vm.call(wrapper, exports, &args)?;
    Ok(())
}

/// `require()` of an ES module (Node 20.19+): its graph loaded, linked and evaluated
/// synchronously; a graph with top-level await is ERR_REQUIRE_ASYNC_MODULE.
fn require_esm(vm: &mut Vm, filename: &Path, source: &str) -> JsResult<Value> {
    let url = file_url(filename);
    let existing = with_runtime(vm, |_, h| h.loader.map.get(&url).copied());
    let m = match existing {
        Some(m) => {
            use spindle::module::ModuleStatus::*;
            if matches!(vm.module(m).status, Linking | Evaluating | EvaluatingAsync) {
                let message = format!("Cannot require() ES Module {} in a cycle.", filename.display());
                return Err(node_error(vm, ErrorType::Error, "ERR_REQUIRE_CYCLE_MODULE", &message));
            }
            m
        }
        None => {
            let m = vm.parse_module(source, &url).map_err(|e| syntax_error(vm, &e))?;
            with_runtime(vm, |_, h| h.loader.register(&url, m));
            m
        }
    };
    let loaded = vm.load_requested_modules(m);
    if let Some((PromiseState::Rejected, e)) = vm.promise_state(loaded) {
        return Err(e);
    }
    vm.link_module(m)?;
    if vm.module_graph_has_top_level_await(m) {
        let message = "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.";
        return Err(node_error(vm, ErrorType::Error, "ERR_REQUIRE_ASYNC_MODULE", message));
    }
    let evaluated = vm.evaluate_module(m);
    if let Some((PromiseState::Rejected, e)) = vm.promise_state(evaluated) {
        return Err(e);
    }
    let ns = vm.module_namespace(m);
    // A module with a default export comes back as a namespace that also says
    // `__esModule: true` (Node 20.19+: lib/internal/modules/cjs/loader.js loadESMFromCJS),
    // so transpiled CommonJS consumers take `default` as the default.
    let keys = vm.own_property_keys(ns)?;
    let has = |vm: &mut Vm, name: &str| keys.contains(&vm.key_str(name));
    if has(vm, "default") && !has(vm, "__esModule") {
        return esm_module_wrapper(vm, &url);
    }
    Ok(Value::Object(ns))
}

/// The namespace of `export * from URL; export { default } from URL; export const
/// __esModule = true;` (live bindings of the required module).
fn esm_module_wrapper(vm: &mut Vm, url: &str) -> JsResult<Value> {
    let quoted = serde_json::to_string(url).unwrap_or_default();
    let source =
        format!("export * from {quoted};\nexport {{ default }} from {quoted};\nexport const __esModule = true;\n");
    let wrapper_url = format!("{url}#__esModule-wrapper");
    let m = vm.parse_module(&source, &wrapper_url).map_err(|e| syntax_error(vm, &e))?;
    with_runtime(vm, |_, h| h.loader.register(&wrapper_url, m));
    let loaded = vm.load_requested_modules(m);
    if let Some((PromiseState::Rejected, e)) = vm.promise_state(loaded) {
        return Err(e);
    }
    vm.link_module(m)?;
    let evaluated = vm.evaluate_module(m);
    if let Some((PromiseState::Rejected, e)) = vm.promise_state(evaluated) {
        return Err(e);
    }
    Ok(Value::Object(vm.module_namespace(m)))
}

/// Module._resolveFilename: the CommonJS resolution of `id` from `parent`, or
/// MODULE_NOT_FOUND with Node's require stack.
pub fn resolve_filename(vm: &mut Vm, id: &str, parent: Value) -> JsResult<PathBuf> {
    let parent_file = module_filename(vm, parent);
    let base_dir =
        parent_file.parent().map(Path::to_path_buf).unwrap_or_else(|| std::env::current_dir().unwrap_or_default());
    let r = with_runtime(vm, |_, h| {
        let r = h.loader.resolver();
        r.cjs_base.set(true);
        cjs_resolve(&r, id, &parent_file, &base_dir)
    });
    match r {
        Ok(Some(p)) => Ok(p),
        Ok(None) => {
            let mut stack = Vec::new();
            let mut cur = parent;
            while let Value::Object(o) = cur {
                let f = module_filename(vm, cur);
                if f.as_os_str().is_empty() || stack.len() > 100 {
                    break;
                }
                stack.push(format!("- {}", f.display()));
                cur = vm.get_str(o, "parent")?;
            }
            let mut message = format!("Cannot find module '{id}'");
            if !stack.is_empty() {
                message.push_str("\nRequire stack:\n");
                message.push_str(&stack.join("\n"));
            }
            let e = node_error(vm, ErrorType::Error, "MODULE_NOT_FOUND", &message);
            if let Value::Object(o) = e {
                let items: Vec<Value> = stack.iter().map(|s| vm.string(&s[2..])).collect();
                let arr = vm.new_array(items);
                set(vm, o, "requireStack", Value::Object(arr));
            }
            Err(e)
        }
        Err(e) => Err(resolve_error(vm, &e)),
    }
}

/// The CommonJS algorithm (doc/api/modules.md "All together"): relative and absolute paths
/// as files then directories, `#imports`, the package itself, then `node_modules` upwards
/// (with `"exports"` under the `require` conditions).
fn cjs_resolve(
    r: &Resolver<'_>,
    id: &str,
    parent_file: &Path,
    base_dir: &Path,
) -> Result<Option<PathBuf>, ResolveError> {
    let real = |p: PathBuf| Some(r.fs.canonicalize(&p));
    if id.starts_with("./") || id.starts_with("../") || id.starts_with('/') || id == "." || id == ".." {
        let target = normalize(&base_dir.join(id));
        let as_dir = id.ends_with('/') || id == "." || id == "..";
        if !as_dir && let Some(f) = load_as_file(r, &target) {
            return Ok(real(f));
        }
        return Ok(load_as_directory(r, &target)?.and_then(real));
    }
    if id.starts_with('#') {
        let base = Url::from_file_path(parent_file).unwrap_or_else(|_| Url::parse("file:///").expect("url"));
        let u = r.package_imports_resolve(id, &base, REQUIRE_CONDITIONS)?;
        return Ok(u.to_file_path().ok().filter(|p| r.fs.is_file(p)).and_then(real));
    }
    let Some((name, subpath)) = parse_package_name(id) else { return Ok(None) };
    // LOAD_PACKAGE_SELF
    if let Some(scope) = r.packages.scope(r.fs, base_dir)?
        && scope.name.as_deref() == Some(name.as_str())
        && let Some(exports) = &scope.exports
    {
        let base = Url::from_file_path(parent_file).unwrap_or_else(|_| Url::parse("file:///").expect("url"));
        let u = r.package_exports_resolve(&scope.dir, &subpath, exports, REQUIRE_CONDITIONS, &base)?;
        return Ok(u.to_file_path().ok().filter(|p| r.fs.is_file(p)).and_then(real));
    }
    for dir in node_module_paths(base_dir) {
        let package_dir = dir.join(&name);
        if !r.fs.is_dir(&package_dir) {
            continue;
        }
        // LOAD_PACKAGE_EXPORTS
        if let Some(p) = r.packages.read(r.fs, &package_dir)?
            && let Some(exports) = &p.exports
        {
            let base = Url::from_file_path(parent_file).unwrap_or_else(|_| Url::parse("file:///").expect("url"));
            let u = r.package_exports_resolve(&package_dir, &subpath, exports, REQUIRE_CONDITIONS, &base)?;
            return Ok(u.to_file_path().ok().filter(|p| r.fs.is_file(p)).and_then(real));
        }
        let target = dir.join(id);
        if let Some(f) = load_as_file(r, &target) {
            return Ok(real(f));
        }
        if let Some(f) = load_as_directory(r, &target)? {
            return Ok(real(f));
        }
    }
    Ok(None)
}

/// LOAD_AS_FILE: X, X.js, X.json, X.node.
fn load_as_file(r: &Resolver<'_>, x: &Path) -> Option<PathBuf> {
    if r.fs.is_file(x) {
        return Some(x.to_path_buf());
    }
    ["js", "json", "node"].iter().map(|e| PathBuf::from(format!("{}.{e}", x.display()))).find(|p| r.fs.is_file(p))
}

/// LOAD_AS_DIRECTORY: package.json `main`, then `index`.
fn load_as_directory(r: &Resolver<'_>, x: &Path) -> Result<Option<PathBuf>, ResolveError> {
    if let Some(p) = r.packages.read(r.fs, x)?
        && let Some(main) = &p.main
    {
        let m = normalize(&x.join(main));
        if let Some(f) = load_as_file(r, &m) {
            return Ok(Some(f));
        }
        if let Some(f) = load_index(r, &m) {
            return Ok(Some(f));
        }
    }
    Ok(load_index(r, x))
}

fn load_index(r: &Resolver<'_>, x: &Path) -> Option<PathBuf> {
    ["index.js", "index.json", "index.node"].iter().map(|f| x.join(f)).find(|p| r.fs.is_file(p))
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// Node's syntax detection: a `.js` (or extensionless) file whose package scope has no
/// `"type"` and whose source is only valid as a module.
pub fn is_detected_module(loader: &ModuleLoader, path: &Path, source: &str) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if !matches!(ext, "js" | "") {
        return false;
    }
    let typed = path
        .parent()
        .and_then(|d| loader.packages.scope(&*loader.fs, d).ok().flatten())
        .is_some_and(|p| p.type_.is_some());
    !typed && spindle::compiler::contains_module_syntax(source)
}

/// The ES module face of the CommonJS module at `path`: `default` is `module.exports`,
/// the named exports are what the lexer finds (following re-exports); evaluating it
/// requires the module.
pub fn esm_facade(vm: &mut Vm, loader: &ModuleLoader, path: &Path, source: &str, url: &str) -> ModuleId {
    let mut names = Vec::new();
    let mut seen = vec![path.to_path_buf()];
    collect_names(loader, path, source, &mut names, &mut seen);
    names.retain(|n| n != "default");
    let mut export_names = vec!["default".to_string()];
    export_names.extend(names);
    let file = vm.string(&path.display().to_string());
    let list: Vec<Value> = export_names.iter().map(|n| vm.string(n)).collect();
    let list = vm.new_array(list);
    let steps = vm.new_builtin_closure("", 0, facade_steps, &[file, Value::Object(list)]);
    vm.create_synthetic_module(export_names, Value::Object(steps), url)
}

fn collect_names(loader: &ModuleLoader, path: &Path, source: &str, names: &mut Vec<String>, seen: &mut Vec<PathBuf>) {
    let found = parse_cjs_exports(source);
    for n in found.names {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    let dir = path.parent().unwrap_or(Path::new("/"));
    for spec in found.reexports {
        let Ok(Some(target)) = cjs_resolve(&loader.resolver(), &spec, path, dir) else { continue };
        if seen.contains(&target) || seen.len() > 1000 {
            continue;
        }
        seen.push(target.clone());
        if let Some(src) = loader.fs.read_to_string(&target) {
            collect_names(loader, &target, &src, names, seen);
        }
    }
}

/// The facade's evaluation: require the module, then the values of its exports.
fn facade_steps(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let slots = vm.native_slots(cx.callee).to_vec();
    let file = vm.to_rust_string(slots.first().copied().unwrap_or(Value::Undefined))?;
    let exports = load_module_file(vm, Path::new(&file), Value::Undefined)?;
    facade_values(vm, exports, slots.get(1).copied())
}

/// `{ default: exports, name: exports[name], … }` for the names in `list` (after the first).
pub(crate) fn facade_values(vm: &mut Vm, exports: Value, list: Option<Value>) -> JsResult<Value> {
    vm.root(exports);
    let result = vm.new_object();
    vm.root(Value::Object(result));
    set(vm, result, "default", exports);
    if let (Value::Object(e), Some(Value::Object(list))) = (exports, list) {
        let n = vm.length_of_array_like(list)? as u32;
        for i in 1..n {
            let name = vm.get(list, PropertyKey::Index(i), Value::Object(list))?;
            let key = vm.to_property_key(name)?;
            let v = vm.get(e, key, exports)?;
            vm.create_data_property(result, key, v)?;
        }
    }
    Ok(Value::Object(result))
}

/// How running the main CommonJS module failed.
pub enum MainError {
    Syntax(spindle::CompileError),
    Thrown(Value),
}

/// Runs the main CommonJS module (Module.runMain): `require.main` is its module object.
pub fn run_main(vm: &mut Vm, filename: &Path, source: &str) -> Result<(), MainError> {
    let code = compile_wrapper(vm, filename, source).map_err(MainError::Syntax)?;
    let module = new_module(vm, filename, Value::Null);
    let held = vm.persist(Value::Object(module));
    with_runtime(vm, |_, h| h.loader.cjs.main = Some(held));
    let dot = vm.string(".");
    set(vm, module, "id", dot);
    let cache = cache_object(vm);
    let key = vm.key_str(&filename.display().to_string());
    vm.set(cache, key, Value::Object(module), Value::Object(cache)).map_err(MainError::Thrown)?;
    run_wrapper(vm, module, filename, code).map_err(MainError::Thrown)?;
    set(vm, module, "loaded", Value::Bool(true));
    Ok(())
}

/// For code outside any module (`-e`, stdin): `require`, `module`, `exports`,
/// `__filename` and `__dirname` as globals, resolving from the working directory (Node:
/// lib/internal/process/execution.js evalScript).
pub fn define_script_globals(vm: &mut Vm, name: &str) {
    let cwd = std::env::current_dir().unwrap_or_default();
    let module = new_module(vm, &cwd.join(name), Value::Undefined);
    let id = vm.string(name);
    set(vm, module, "id", id);
    let f = vm.string(&cwd.join(name).display().to_string());
    set(vm, module, "filename", f);
    let require = make_require(vm, module);
    let global = vm.global_object();
    let exports = vm.get_str(module, "exports").unwrap_or(Value::Undefined);
    for (k, v) in [
        ("require", Value::Object(require)),
        ("module", Value::Object(module)),
        ("exports", exports),
        ("__filename", vm.string(name)),
        ("__dirname", vm.string(".")),
    ] {
        let key = vm.key_str(k);
        vm.define_direct(global, key, v, HIDDEN);
    }
}

/// `createRequire(filename)` (node:module): a require function resolving from `filename`.
pub fn create_require(vm: &mut Vm, filename: &Path) -> ObjId {
    let module = new_module(vm, filename, Value::Undefined);
    make_require(vm, module)
}

/// A JSON module as Node 20 loads it: evaluating it `require`s the file, so the parsed value
/// is the one in `require.cache`.
pub fn json_module(vm: &mut Vm, path: &Path, url: &str) -> ModuleId {
    let file = vm.string(&path.display().to_string());
    let default = vm.string("default");
    let list = vm.new_array(vec![default]);
    let steps = vm.new_builtin_closure("", 0, facade_steps, &[file, Value::Object(list)]);
    vm.create_synthetic_module(vec!["default".into()], Value::Object(steps), url)
}

/// Runs a built-in module written in JavaScript (`node/js/`) in the CommonJS wrapper; its
/// `module.exports`.
pub fn run_builtin(vm: &mut Vm, name: &str, source: &str) -> JsResult<Value> {
    let filename = PathBuf::from(format!("node:{name}"));
    let module = new_module(vm, &filename, Value::Undefined);
    // A built-in that requires one still loading gets that one's `module.exports` as it
    // stands (Node's BuiltinModule cycle semantics: stream <-> stream/promises).
    let held = vm.persist(Value::Object(module));
    crate::host::with_runtime(vm, |_, h| h.builtins_loading.insert(name.to_string(), held));
    let ran = compile_wrapper(vm, &filename, source)
        .map_err(|e| syntax_error(vm, &e))
        .and_then(|code| run_wrapper(vm, module, &filename, code));
    crate::host::with_runtime(vm, |_, h| h.builtins_loading.remove(name));
    vm.unpersist(held);
    ran?;
    vm.get_str(module, "exports")
}

/// The `module.exports` of built-in `name` if it is being loaded right now (a cycle).
pub fn builtin_loading_exports(vm: &mut Vm, name: &str) -> JsResult<Option<Value>> {
    let Some(held) = crate::host::with_runtime(vm, |_, h| h.builtins_loading.get(name).copied()) else {
        return Ok(None);
    };
    let Value::Object(module) = vm.persistent(held) else { return Ok(None) };
    vm.get_str(module, "exports").map(Some)
}

/// The ES face of a JavaScript built-in: export names known up front, the module run when
/// the facade is evaluated.
pub fn builtin_facade(vm: &mut Vm, name: &str, names: Vec<String>, url: &str) -> ModuleId {
    let mut export_names = vec!["default".to_string()];
    export_names.extend(names);
    let id = vm.string(name);
    let list: Vec<Value> = export_names.iter().map(|n| vm.string(n)).collect();
    let list = vm.new_array(list);
    let steps = vm.new_builtin_closure("", 0, builtin_facade_steps, &[id, Value::Object(list)]);
    vm.create_synthetic_module(export_names, Value::Object(steps), url)
}

fn builtin_facade_steps(vm: &mut Vm, cx: &NativeCall, _args: &[Value]) -> JsResult<Value> {
    let slots = vm.native_slots(cx.callee).to_vec();
    let name = vm.to_rust_string(slots.first().copied().unwrap_or(Value::Undefined))?;
    let exports = super::builtins::builtin_exports(vm, &name)?;
    facade_values(vm, exports, slots.get(1).copied())
}
