//! Node's built-in modules as the loaders see them: every name Node reserves (so `fs` is
//! never looked up in `node_modules`), and the ones Spindle implements so far, each served
//! by the file of its name (`node_module.rs` for `node:module`, …).

use spindle::Value;
use spindle::vm::{JsResult, Vm};

/// Node 20's built-in module names (`require('module').builtinModules`), without `node:`.
pub const NODE_NAMES: &[&str] = &[
    "assert",
    "assert/strict",
    "async_hooks",
    "buffer",
    "child_process",
    "cluster",
    "console",
    "constants",
    "crypto",
    "dgram",
    "diagnostics_channel",
    "dns",
    "dns/promises",
    "domain",
    "events",
    "fs",
    "fs/promises",
    "http",
    "http2",
    "https",
    "inspector",
    "inspector/promises",
    "module",
    "net",
    "os",
    "path",
    "path/posix",
    "path/win32",
    "perf_hooks",
    "process",
    "punycode",
    "querystring",
    "readline",
    "readline/promises",
    "repl",
    "stream",
    "stream/consumers",
    "stream/promises",
    "stream/web",
    "string_decoder",
    "sys",
    "timers",
    "timers/promises",
    "tls",
    "trace_events",
    "tty",
    "url",
    "util",
    "util/types",
    "v8",
    "vm",
    "wasi",
    "worker_threads",
    "zlib",
];

/// Spindle's own built-in modules (`spindle:` scheme only).
pub const SPINDLE_MODULES: &[&str] = &["spindle:inspect"];

/// Built-ins that exist only with the `node:` prefix.
const PREFIX_ONLY: &[&str] = &["test", "sea", "sqlite"];

/// Whether `name` (without `node:`) names a built-in module.
pub fn is_builtin(name: &str) -> bool {
    NODE_NAMES.contains(&name) || PREFIX_ONLY.contains(&name)
}

/// The specifier without its `node:` prefix, if it names a built-in (`fs`, `node:fs`,
/// `node:test`).
pub fn builtin_name(specifier: &str) -> Option<&str> {
    // Spindle's own module for learners (`spindle:inspect`) keeps its scheme in its name.
    if SPINDLE_MODULES.contains(&specifier) {
        return Some(specifier);
    }
    match specifier.strip_prefix("node:") {
        Some(n) if is_builtin(n) => Some(n),
        Some(_) => None,
        None if NODE_NAMES.contains(&specifier) => Some(specifier),
        None => None,
    }
}

/// The exports of a built-in implemented in Rust, made afresh (no host state involved).
fn rust_builtin(vm: &mut Vm, name: &str) -> Option<Value> {
    match name {
        "module" => Some(super::node_module::exports(vm)),
        "spindle:inspect" => Some(crate::spindle_inspect::exports(vm)),
        "process" => Some(Value::Object(crate::node::process::object(vm))),
        "internal/util/inspect" => Some(crate::node::util::exports(vm)),
        "internal/util/types" => Some(crate::node::util_types::exports(vm)),
        "internal/url/binding" => Some(crate::web::url::exports(vm)),
        "internal/webidl/promises" => Some(crate::web::webidl_promises::exports(vm)),
        "internal/blob/binding" => Some(crate::web::blob_url::exports(vm)),
        "internal/perf/binding" => Some(crate::web::performance::exports(vm)),
        "internal/os/binding" => Some(crate::node::os::exports(vm)),
        "internal/buffer/binding" => Some(crate::node::buffer::exports(vm)),
        "internal/fs/binding" => Some(crate::node::fs::exports(vm)),
        "internal/crypto/binding" => Some(crate::node::crypto::exports(vm)),
        "internal/zlib/binding" => Some(crate::node::zlib::exports(vm)),
        "internal/worker/binding" => Some(crate::worker::exports(vm)),
        _ => None,
    }
}

/// The exports object of built-in `name` (what `require` returns and an import's default
/// export; one per agent, made on first use), or the error for one Spindle does not provide
/// yet. Runs JavaScript for built-ins written in it, so not from inside a host hook.
pub fn builtin_exports(vm: &mut Vm, name: &str) -> JsResult<Value> {
    if let Some(held) = crate::host::with_runtime(vm, |_, h| h.builtin_modules.get(name).copied()) {
        return Ok(vm.persistent(held));
    }
    if let Some(partial) = super::cjs::builtin_loading_exports(vm, name)? {
        return Ok(partial);
    }
    let exports = match rust_builtin(vm, name) {
        Some(e) => e,
        None => match crate::node::js_source(name) {
            Some(source) => super::cjs::run_builtin(vm, name, source)?,
            None => return Err(unknown_builtin(vm, name)),
        },
    };
    let held = vm.persist(exports);
    crate::host::with_runtime(vm, |_, h| h.builtin_modules.insert(name.to_string(), held));
    if name == "events" {
        // `process` is an EventEmitter from the moment EventEmitter exists.
        crate::node::process::events::make_emitter(vm)?;
    }
    Ok(exports)
}

/// Export `name` of built-in `module` if that built-in is loaded already (no code runs):
/// how the runtime reaches state a JavaScript built-in keeps, without loading it for nothing.
pub fn loaded_export(vm: &mut Vm, module: &str, name: &str) -> Option<Value> {
    let held = crate::host::with_runtime(vm, |_, h| h.builtin_modules.get(module).copied())?;
    let Value::Object(exports) = vm.persistent(held) else { return None };
    let key = vm.key_str(name);
    let property = vm.obj(exports).props.get(key)?;
    match property.slot {
        spindle::object::property::Slot::Data(v) => Some(v),
        _ => None,
    }
}

/// The named exports of built-in `name` as an ES module sees them (its exports' own string
/// keys, `default` aside), without running JavaScript or touching the host; None for a
/// built-in Spindle does not provide.
pub fn builtin_export_names(vm: &mut Vm, name: &str) -> Option<Vec<String>> {
    if crate::node::js_source(name).is_some() {
        return Some(crate::node::js_export_names(name).iter().map(|n| n.to_string()).collect());
    }
    let Value::Object(o) = rust_builtin(vm, name)? else { return Some(Vec::new()) };
    let keys = vm.own_property_keys(o).unwrap_or_default();
    Some(
        keys.into_iter()
            .filter(|k| !matches!(k, spindle::object::property::PropertyKey::Symbol(_)))
            .map(|k| vm.key_display(k))
            .filter(|k| k != "default")
            .collect(),
    )
}

pub fn unknown_builtin(vm: &mut Vm, name: &str) -> Value {
    crate::web::errors::node_error(
        vm,
        spindle::vm::ErrorType::Error,
        "ERR_UNKNOWN_BUILTIN_MODULE",
        &format!("No such built-in module: node:{name} (not implemented in Spindle yet)"),
    )
}
