//! Node's own globals and built-in modules, one file per API (`process.rs` for `process`,
//! `util.rs` for `node:util`); the ones written in JavaScript live in `js/` (as Node's own
//! `lib/`), embedded at build time and compiled on first use.

pub mod process;
pub mod util;

/// The JavaScript source of a built-in module written in JavaScript.
pub fn js_source(name: &str) -> Option<&'static str> {
    match name {
        "events" => Some(include_str!("js/events.js")),
        "timers/promises" => Some(include_str!("js/timers_promises.js")),
        _ => None,
    }
}

/// The named exports of a JavaScript built-in as an ES module sees them (Node's
/// BuiltinModule exportKeys: the exports object's own keys), known without running it so
/// that an `import` can link before the module is loaded.
pub fn js_export_names(name: &str) -> &'static [&'static str] {
    match name {
        "events" => &[
            "EventEmitter",
            "captureRejectionSymbol",
            "captureRejections",
            "defaultMaxListeners",
            "errorMonitor",
            "getEventListeners",
            "getMaxListeners",
            "init",
            "listenerCount",
            "on",
            "once",
            "setMaxListeners",
            "usingDomains",
        ],
        "timers/promises" => &["scheduler", "setImmediate", "setInterval", "setTimeout"],
        _ => &[],
    }
}
