//! Node's own globals and built-in modules, one file per API (`process/` for `process`,
//! `util.rs` for the engine's part of `node:util`); the ones written in JavaScript live in
//! `js/` (as Node's own `lib/`, file name = module name with `/` as `_`), embedded at
//! build time and compiled on first use.

pub mod buffer;
pub mod crypto;
pub mod fs;
pub mod os;
pub mod process;
pub mod util;
pub mod util_types;
pub mod zlib;

/// A built-in module written in JavaScript: its name, source, and the named exports an
/// ES module sees (Node's BuiltinModule exportKeys: the exports object's own keys, known
/// without running it so that an `import` links before the module runs; a test checks
/// them against the real exports).
pub struct JsBuiltin {
    pub name: &'static str,
    pub source: &'static str,
    pub exports: &'static [&'static str],
}

macro_rules! js {
    ($name:literal, $file:literal, $exports:expr) => {
        JsBuiltin { name: $name, source: include_str!(concat!("js/", $file)), exports: $exports }
    };
}

const ASSERT: &[&str] = &[
    "fail",
    "AssertionError",
    "ok",
    "equal",
    "notEqual",
    "deepEqual",
    "notDeepEqual",
    "deepStrictEqual",
    "notDeepStrictEqual",
    "strictEqual",
    "notStrictEqual",
    "throws",
    "rejects",
    "doesNotThrow",
    "doesNotReject",
    "ifError",
    "match",
    "doesNotMatch",
    "strict",
];

const EVENTS: &[&str] = &[
    "addAbortListener",
    "once",
    "on",
    "getEventListeners",
    "getMaxListeners",
    "EventEmitter",
    "usingDomains",
    "captureRejectionSymbol",
    "captureRejections",
    "errorMonitor",
    "defaultMaxListeners",
    "setMaxListeners",
    "init",
    "listenerCount",
];

const OS: &[&str] = &[
    "arch",
    "availableParallelism",
    "cpus",
    "endianness",
    "freemem",
    "getPriority",
    "homedir",
    "hostname",
    "loadavg",
    "networkInterfaces",
    "platform",
    "release",
    "setPriority",
    "tmpdir",
    "totalmem",
    "type",
    "userInfo",
    "uptime",
    "version",
    "machine",
    "constants",
    "EOL",
    "devNull",
];

const PERF_HOOKS: &[&str] = &[
    "Performance",
    "PerformanceEntry",
    "PerformanceMark",
    "PerformanceMeasure",
    "PerformanceObserver",
    "PerformanceObserverEntryList",
    "performance",
    "constants",
];

const PATH: &[&str] = &[
    "resolve",
    "normalize",
    "isAbsolute",
    "join",
    "relative",
    "toNamespacedPath",
    "dirname",
    "basename",
    "extname",
    "format",
    "parse",
    "sep",
    "delimiter",
    "win32",
    "posix",
    "_makeLong",
];

const QUERYSTRING: &[&str] = &["unescapeBuffer", "unescape", "escape", "stringify", "encode", "parse", "decode"];

const STRING_DECODER: &[&str] = &["StringDecoder"];

const STREAM_WEB: &[&str] = &[
    "ReadableStream",
    "ReadableStreamDefaultReader",
    "ReadableStreamBYOBReader",
    "ReadableStreamBYOBRequest",
    "ReadableByteStreamController",
    "ReadableStreamDefaultController",
    "TransformStream",
    "TransformStreamDefaultController",
    "WritableStream",
    "WritableStreamDefaultWriter",
    "WritableStreamDefaultController",
    "ByteLengthQueuingStrategy",
    "CountQueuingStrategy",
    "TextEncoderStream",
    "TextDecoderStream",
];

const URL: &[&str] = &[
    "Url",
    "parse",
    "resolve",
    "resolveObject",
    "format",
    "URL",
    "URLSearchParams",
    "domainToASCII",
    "domainToUnicode",
    "pathToFileURL",
    "fileURLToPath",
    "urlToHttpOptions",
];

const TIMERS_PROMISES: &[&str] = &["setTimeout", "setImmediate", "setInterval", "scheduler"];

const UTIL: &[&str] = &[
    "_extend",
    "callbackify",
    "debug",
    "debuglog",
    "deprecate",
    "format",
    "styleText",
    "formatWithOptions",
    "inherits",
    "inspect",
    "isArray",
    "isBoolean",
    "isBuffer",
    "isDeepStrictEqual",
    "isNull",
    "isNullOrUndefined",
    "isNumber",
    "isString",
    "isSymbol",
    "isUndefined",
    "isRegExp",
    "isObject",
    "isDate",
    "isError",
    "isFunction",
    "isPrimitive",
    "log",
    "promisify",
    "stripVTControlCharacters",
    "toUSVString",
    "types",
    "parseArgs",
    "TextDecoder",
    "TextEncoder",
];

const WORKER_THREADS: &[&str] = &[
    "isMainThread",
    "MessagePort",
    "MessageChannel",
    "markAsUntransferable",
    "moveMessagePortToContext",
    "receiveMessageOnPort",
    "resourceLimits",
    "threadId",
    "SHARE_ENV",
    "Worker",
    "parentPort",
    "workerData",
    "BroadcastChannel",
    "setEnvironmentData",
    "getEnvironmentData",
];

const BUFFER: &[&str] = &[
    "Buffer",
    "SlowBuffer",
    "transcode",
    "isUtf8",
    "isAscii",
    "kMaxLength",
    "kStringMaxLength",
    "btoa",
    "atob",
    "constants",
    "INSPECT_MAX_BYTES",
    "Blob",
    "File",
    "resolveObjectURL",
];

const STREAM: &[&str] = &[
    "isDestroyed",
    "isDisturbed",
    "isErrored",
    "isReadable",
    "isWritable",
    "Readable",
    "Writable",
    "Duplex",
    "Transform",
    "PassThrough",
    "duplexPair",
    "pipeline",
    "addAbortSignal",
    "finished",
    "destroy",
    "compose",
    "setDefaultHighWaterMark",
    "getDefaultHighWaterMark",
    "promises",
    "Stream",
    "_isArrayBufferView",
    "_isUint8Array",
    "_uint8ArrayToBuffer",
];

const STREAM_PROMISES: &[&str] = &["finished", "pipeline"];

const UTIL_TYPES: &[&str] = &[
    "isExternal",
    "isDate",
    "isArgumentsObject",
    "isBigIntObject",
    "isBooleanObject",
    "isNumberObject",
    "isStringObject",
    "isSymbolObject",
    "isNativeError",
    "isRegExp",
    "isAsyncFunction",
    "isGeneratorFunction",
    "isGeneratorObject",
    "isPromise",
    "isMap",
    "isSet",
    "isMapIterator",
    "isSetIterator",
    "isWeakMap",
    "isWeakSet",
    "isArrayBuffer",
    "isDataView",
    "isSharedArrayBuffer",
    "isProxy",
    "isModuleNamespaceObject",
    "isAnyArrayBuffer",
    "isBoxedPrimitive",
    "isArrayBufferView",
    "isTypedArray",
    "isUint8Array",
    "isUint8ClampedArray",
    "isUint16Array",
    "isUint32Array",
    "isInt8Array",
    "isInt16Array",
    "isInt32Array",
    "isFloat32Array",
    "isFloat64Array",
    "isBigInt64Array",
    "isBigUint64Array",
    "isKeyObject",
    "isCryptoKey",
];

/// The JavaScript built-ins, public ones and Node's `internal/…` helpers (reachable only
/// from built-ins).
pub const JS_BUILTINS: &[JsBuiltin] = &[
    js!("assert", "assert.js", ASSERT),
    js!("assert/strict", "assert_strict.js", ASSERT),
    js!("buffer", "buffer.js", BUFFER),
    js!("events", "events.js", EVENTS),
    js!("os", "os.js", OS),
    js!("path", "path.js", PATH),
    js!("path/posix", "path_posix.js", PATH),
    js!("path/win32", "path_win32.js", PATH),
    js!("perf_hooks", "perf_hooks.js", PERF_HOOKS),
    js!("querystring", "querystring.js", QUERYSTRING),
    js!("string_decoder", "string_decoder.js", STRING_DECODER),
    js!("stream", "stream.js", STREAM),
    js!("stream/promises", "stream_promises.js", STREAM_PROMISES),
    js!("stream/web", "stream_web.js", STREAM_WEB),
    js!("timers/promises", "timers_promises.js", TIMERS_PROMISES),
    js!("util", "util.js", UTIL),
    js!("url", "url.js", URL),
    js!("util/types", "util_types.js", UTIL_TYPES),
    js!("worker_threads", "worker_threads.js", WORKER_THREADS),
    js!("internal/abort_controller", "internal/abort_controller.js", &[]),
    js!("internal/blob", "internal/blob.js", &[]),
    js!("internal/assert/assertion_error", "internal/assert/assertion_error.js", &[]),
    js!("internal/errors", "internal/errors.js", &[]),
    js!("internal/event_target", "internal/event_target.js", &[]),
    js!("internal/url", "internal/url.js", &[]),
    js!("internal/querystring", "internal/querystring.js", &[]),
    js!("internal/navigator", "internal/navigator.js", &[]),
    js!("internal/perf/performance", "internal/perf/performance.js", &[]),
    js!("internal/process/emitter", "internal/process/emitter.js", &[]),
    js!("internal/process/stdin", "internal/process/stdin.js", &[]),
    js!("internal/process/stdio", "internal/process/stdio.js", &[]),
    js!("internal/process/warning", "internal/process/warning.js", &[]),
    js!("internal/tty", "internal/tty.js", &[]),
    js!("internal/worker/io", "internal/worker/io.js", &[]),
    js!("internal/worker/web", "internal/worker/web.js", &[]),
    js!("internal/worker/web_scope", "internal/worker/web_scope.js", &[]),
    js!("internal/util/comparisons", "internal/util/comparisons.js", &[]),
    js!("internal/validators", "internal/validators.js", &[]),
    js!("internal/webstreams/util", "internal/webstreams/util.js", &[]),
    js!("internal/webstreams/readablestream", "internal/webstreams/readablestream.js", &[]),
    js!("internal/webstreams/writablestream", "internal/webstreams/writablestream.js", &[]),
    js!("internal/webstreams/transformstream", "internal/webstreams/transformstream.js", &[]),
    js!("internal/webstreams/queuingstrategies", "internal/webstreams/queuingstrategies.js", &[]),
    js!("internal/webstreams/encoding", "internal/webstreams/encoding.js", &[]),
    js!("internal/webstreams/transfer", "internal/webstreams/transfer.js", &[]),
    js!("internal/webstreams/adapters", "internal/webstreams/adapters.js", &[]),
    js!("internal/streams/add-abort-signal", "internal/streams/add-abort-signal.js", &[]),
    js!("internal/streams/compose", "internal/streams/compose.js", &[]),
    js!("internal/streams/destroy", "internal/streams/destroy.js", &[]),
    js!("internal/streams/duplex", "internal/streams/duplex.js", &[]),
    js!("internal/streams/duplexify", "internal/streams/duplexify.js", &[]),
    js!("internal/streams/duplexpair", "internal/streams/duplexpair.js", &[]),
    js!("internal/streams/end-of-stream", "internal/streams/end-of-stream.js", &[]),
    js!("internal/streams/from", "internal/streams/from.js", &[]),
    js!("internal/streams/legacy", "internal/streams/legacy.js", &[]),
    js!("internal/streams/operators", "internal/streams/operators.js", &[]),
    js!("internal/streams/passthrough", "internal/streams/passthrough.js", &[]),
    js!("internal/streams/pipeline", "internal/streams/pipeline.js", &[]),
    js!("internal/streams/readable", "internal/streams/readable.js", &[]),
    js!("internal/streams/state", "internal/streams/state.js", &[]),
    js!("internal/streams/transform", "internal/streams/transform.js", &[]),
    js!("internal/streams/utils", "internal/streams/utils.js", &[]),
    js!("internal/streams/writable", "internal/streams/writable.js", &[]),
];

fn js_builtin(name: &str) -> Option<&'static JsBuiltin> {
    JS_BUILTINS.iter().find(|b| b.name == name)
}

/// The JavaScript source of a built-in module written in JavaScript.
pub fn js_source(name: &str) -> Option<&'static str> {
    js_builtin(name).map(|b| b.source)
}

/// The named exports of a JavaScript built-in as an ES module sees them.
pub fn js_export_names(name: &str) -> &'static [&'static str] {
    js_builtin(name).map_or(&[], |b| b.exports)
}
