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

/// Built-ins that exist only with the `node:` prefix.
const PREFIX_ONLY: &[&str] = &["test", "sea", "sqlite"];

/// Whether `name` (without `node:`) names a built-in module.
pub fn is_builtin(name: &str) -> bool {
    NODE_NAMES.contains(&name) || PREFIX_ONLY.contains(&name)
}

/// The specifier without its `node:` prefix, if it names a built-in (`fs`, `node:fs`,
/// `node:test`).
pub fn builtin_name(specifier: &str) -> Option<&str> {
    match specifier.strip_prefix("node:") {
        Some(n) if is_builtin(n) => Some(n),
        Some(_) => None,
        None if NODE_NAMES.contains(&specifier) => Some(specifier),
        None => None,
    }
}

/// The exports object of built-in `name` (what `require` returns and an import's default
/// export), or the error for one Spindle does not provide yet.
pub fn builtin_exports(vm: &mut Vm, name: &str) -> JsResult<Value> {
    match name {
        "module" => Ok(super::node_module::exports(vm)),
        _ => Err(crate::web::errors::node_error(
            vm,
            spindle::vm::ErrorType::Error,
            "ERR_UNKNOWN_BUILTIN_MODULE",
            &format!("No such built-in module: node:{name} (not implemented in Spindle yet)"),
        )),
    }
}
