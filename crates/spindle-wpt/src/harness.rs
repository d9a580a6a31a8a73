//! The JavaScript the runner adds around a test: the prelude (before testharness.js) and
//! the reporter (right after it). Node's runner does the same in one global per test
//! (test/common/wpt/worker.js); WPT's own server wraps `.any.js` files for workers as
//! `X.any.worker.js` (tools/serve/serve.py `ClassicWorkerHandler`).
//!
//! The scripts talk to the runner through native functions that `exec` defines on the
//! global before the prelude runs, and which the scripts take and delete at once:
//!
//! | native | what it does |
//! |---|---|
//! | `__spindle_wpt_read(url)` | the text of a file under the WPT root, `url` resolved against the test |
//! | `__spindle_wpt_result(name, status, message)` | records a subtest |
//! | `__spindle_wpt_complete(status, message)` | records the harness status and ends the run |
//! | `__spindle_wpt_uncaught(text)` | records an uncaught exception and ends the run |
//! | `__spindle_wpt_gc()` | a full garbage collection (for `/common/gc.js`) |
//!
//! The prelude leaves one function of its own to the reporter the same way:
//! `__spindle_wpt_report_exception(error, message)` fires the ErrorEvent of an uncaught
//! exception at the global and says whether a listener canceled it.

use crate::select::{Job, JobKind};

/// The origin of `location` (the host WPT's server uses by default).
pub const ORIGIN: &str = "http://web-platform.test:8000";

/// `Symbol.for` key under which the reporter leaves the harness's `timeout()`, for the
/// runner to call when the event loop runs out of work before the harness completes.
pub const TIMEOUT_SYMBOL: &str = "spindle-wpt.timeout";

/// Script name of the prelude in stack traces.
pub const PRELUDE_NAME: &str = "[spindle-wpt prelude]";
/// Script name of the reporter in stack traces.
pub const REPORTER_NAME: &str = "[spindle-wpt reporter]";

/// `location.href` of a run: the URL WPT's server gives the worker script of `X.any.js`
/// (`X.any.worker.js`), with the variant's query; the page of an HTML test; the page it
/// makes for `X.worker.js` (`X.worker.html`) and for a worker-only `X.any.js`
/// (`X.any.worker.html`).
pub fn location_href(job: &Job) -> String {
    match job.kind {
        JobKind::Any => {
            let stem = job.path.strip_suffix(".js").unwrap_or(&job.path);
            format!("{ORIGIN}/{stem}.worker.js{}", job.variant)
        }
        JobKind::Page => format!("{ORIGIN}/{}{}", job.path, job.variant),
        JobKind::Worker => {
            let stem = job.path.strip_suffix(".js").unwrap_or(&job.path);
            format!("{ORIGIN}/{stem}.html{}", job.variant)
        }
        JobKind::AnyWorker => {
            let stem = job.path.strip_suffix(".js").unwrap_or(&job.path);
            format!("{ORIGIN}/{stem}.worker.html{}", job.variant)
        }
    }
}

/// The worker script WPT's server makes of a worker-only `X.any.js` (`X.any.worker.js`):
/// the harness, the `META: script=`s and the test, through importScripts, then `done()`.
///
/// WPT: tools/serve/serve.py `ClassicWorkerHandler`.
pub fn any_worker_wrapper(test_path: &str, meta: &crate::meta::Meta) -> String {
    let quote = |s: &str| serde_json::Value::from(s).to_string();
    let mut out = String::from(
        "self.GLOBAL = { isWindow: function() { return false; }, isWorker: function() { return true; }, \
         isShadowRealm: function() { return false; } };\n",
    );
    if let Some(title) = &meta.title {
        out.push_str(&format!("self.META_TITLE = {};\n", quote(title)));
    }
    out.push_str("importScripts(\"/resources/testharness.js\");\n");
    for script in &meta.scripts {
        out.push_str(&format!("importScripts({});\n", quote(script)));
    }
    out.push_str(&format!("importScripts({});\ndone();\n", quote(&format!("/{test_path}"))));
    out
}

/// Whether the test loads `/common/gc.js` (then `self.gc` is provided, as Node's runner
/// does with `--expose-gc`).
pub fn needs_gc(job: &Job) -> bool {
    job.meta.scripts.iter().any(|s| s == "/common/gc.js")
}

/// The prelude: `self`, `location`, `GLOBAL`, `META_TITLE`, `fetch` (a shim reading files
/// under the WPT root, as Node's runner's `ResourceLoader.readAsFetch`) and `gc`; and the
/// worker's global scope: the global becomes an EventTarget (its prototype an EventTarget
/// instance, so `self.addEventListener` works and listeners see the global as target),
/// with `ErrorEvent`, at which the reporter reports uncaught exceptions as a dedicated
/// worker does (HTML "report an exception"; testharness.js listens for them there).
///
/// WPT: tools/serve/serve.py `ClassicWorkerHandler` (`self.GLOBAL`); Node:
/// test/common/wpt/worker.js and test/common/wpt.js `fullInitScript` (`location`,
/// `META_TITLE`).
pub fn prelude(job: &Job) -> String {
    let href = location_href(job);
    let search = job.variant.split('#').next().unwrap_or("");
    let hash = job.variant.find('#').map_or("", |i| &job.variant[i..]);
    let pathname = href[ORIGIN.len()..].split(['?', '#']).next().unwrap_or("/");
    let config = serde_json::json!({
        "href": href,
        "origin": ORIGIN,
        "protocol": "http:",
        "host": "web-platform.test:8000",
        "hostname": "web-platform.test",
        "port": "8000",
        "pathname": pathname,
        "search": search,
        "hash": hash,
        "title": job.meta.title,
        "gc": needs_gc(job),
        "window": job.kind != JobKind::Any,
    });
    format!("{PRELUDE_SOURCE}({config});\n")
}

const PRELUDE_SOURCE: &str = r#"(function (global) {
  "use strict";
  const read = global.__spindle_wpt_read;
  const collect = global.__spindle_wpt_gc;
  delete global.__spindle_wpt_read;
  delete global.__spindle_wpt_gc;
  // A dedicated worker's global is an EventTarget (WorkerGlobalScope inherits from it) at
  // which an exception nothing caught is reported as a cancelable ErrorEvent (HTML
  // "report an exception"); testharness.js listens there for 'error'. Node's global is
  // not an EventTarget, so the runner makes the test's one: the global's prototype becomes
  // an EventTarget whose internal state the global inherits (listeners then see the global
  // as `this`, `target` and `currentTarget`), and `ErrorEvent` is defined. The reporter
  // bridges 'uncaughtException' to `__spindle_wpt_report_exception`.
  function globalScope(scopeName) {
    if (typeof EventTarget !== "function" || typeof Event !== "function") return;
    const BaseEvent = Event;
    const BaseTarget = EventTarget;
    class ErrorEvent extends BaseEvent {
      #message; #filename; #lineno; #colno; #error;
      constructor(type, init) {
        if (arguments.length === 0) throw new TypeError("The type argument must be specified");
        super(type, init);
        const get = function (name, fallback) {
          return init !== undefined && init !== null && init[name] !== undefined ? init[name] : fallback;
        };
        this.#message = String(get("message", ""));
        this.#filename = String(get("filename", ""));
        this.#lineno = get("lineno", 0) >>> 0;
        this.#colno = get("colno", 0) >>> 0;
        this.#error = get("error", undefined);
      }
      get message() { return this.#message; }
      get filename() { return this.#filename; }
      get lineno() { return this.#lineno; }
      get colno() { return this.#colno; }
      get error() { return this.#error; }
    }
    Object.defineProperty(ErrorEvent.prototype, Symbol.toStringTag, { value: "ErrorEvent", configurable: true });
    class WorkerGlobalScope extends BaseTarget {}
    // addEventListener(...) called without a receiver acts on the global, as WebIDL says of
    // the operations of a global object's interfaces.
    for (const name of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
      const method = BaseTarget.prototype[name];
      const wrapper = { [name](...args) { return method.apply(this === undefined ? global : this, args); } }[name];
      Object.defineProperty(wrapper, "length", { value: method.length, configurable: true });
      Object.defineProperty(WorkerGlobalScope.prototype, name, { value: wrapper, writable: true, enumerable: true, configurable: true });
    }
    Object.defineProperty(WorkerGlobalScope.prototype, Symbol.toStringTag, { value: scopeName, configurable: true });
    if (!Reflect.setPrototypeOf(global, new WorkerGlobalScope())) return;
    Object.defineProperty(global, "ErrorEvent", { value: ErrorEvent, writable: true, configurable: true });
    const dispatch = BaseTarget.prototype.dispatchEvent;
    // Fires the ErrorEvent for `error`; true if a listener canceled it.
    Object.defineProperty(global, "__spindle_wpt_report_exception", {
      value: function (error, message) {
        const event = new ErrorEvent("error", { cancelable: true, message: message, error: error });
        return !dispatch.call(global, event);
      },
      configurable: true,
    });
  }

  // A page's global stands in for its window: `window`, and window.postMessage to
  // itself (HTML §9.3.3: the message, cloned with its transfer list, arrives as a
  // MessageEvent at the window in a later task), over a MessageChannel made on first use
  // and unreferenced, so that it does not keep the run alive.
  function window(config) {
    global.window = global;
    // A window's navigator has HTML's NavigatorID and NavigatorOnLine members (§8.9.1.1,
    // §8.9.1.5), which a runtime's `navigator` leaves out as Node's does; worker tests
    // compare the WorkerNavigator's values with these.
    const platform = String(global.navigator.platform);
    Object.defineProperties(global.navigator, {
      appCodeName: { value: "Mozilla", enumerable: true },
      appName: { value: "Netscape", enumerable: true },
      appVersion: {
        value: platform.startsWith("Mac") ? "5.0 (Macintosh)" : platform.startsWith("Win") ? "5.0 (Windows)" : "5.0 (X11)",
        enumerable: true,
      },
      product: { value: "Gecko", enumerable: true },
      onLine: { value: true, enumerable: true },
    });
    let port = null;
    global.postMessage = function postMessage(message, targetOrigin, transfer) {
      if (targetOrigin !== null && typeof targetOrigin === "object") transfer = targetOrigin.transfer;
      if (port === null) {
        const channel = new MessageChannel();
        port = channel.port1;
        channel.port2.onmessage = function (event) {
          global.dispatchEvent(new MessageEvent("message", { data: event.data, origin: config.origin, ports: event.ports }));
        };
        channel.port2.unref();
      }
      port.postMessage(message, transfer === undefined ? [] : transfer);
    };
  }

  return function (config) {
    global.self = global;
    global.location = {
      href: config.href,
      origin: config.origin,
      protocol: config.protocol,
      host: config.host,
      hostname: config.hostname,
      port: config.port,
      pathname: config.pathname,
      search: config.search,
      hash: config.hash,
      toString() { return this.href; },
    };
    global.GLOBAL = {
      isWindow() { return config.window; },
      isWorker() { return false; },
      isShadowRealm() { return false; },
    };
    if (config.title !== null) global.META_TITLE = config.title;
    globalScope(config.window ? "Window" : "WorkerGlobalScope");
    if (config.window) window(config);
    if (config.gc) global.gc = function gc() { collect(); };
    // Node: test/common/wpt.js ResourceLoader.readAsFetch. Only for tests that load their
    // data files; a missing file rejects with a TypeError, as a network error does.
    global.fetch = function fetch(resource) {
      return new Promise(function (resolve) {
        const url = String(resource !== null && typeof resource === "object" && "url" in resource ? resource.url : resource);
        const text = read(url);
        const bytes = function () {
          if (typeof TextEncoder !== "function") throw new TypeError("fetch shim: TextEncoder is missing");
          return new TextEncoder().encode(text);
        };
        resolve({
          ok: true,
          status: 200,
          statusText: "OK",
          url: url,
          text() { return Promise.resolve(text); },
          json() { return new Promise(function (ok) { ok(JSON.parse(text)); }); },
          bytes() { return new Promise(function (ok) { ok(bytes()); }); },
          arrayBuffer() { return new Promise(function (ok) { ok(bytes().buffer); }); },
        });
      });
    };
  };
})(globalThis)"#;

/// The reporter: result and completion callbacks that hand every subtest and the harness
/// status to the runner; Node's handling of `allow_uncaught_exception` for unhandled
/// rejections; an `uncaughtException` listener that ends the run as a harness error; and
/// the harness timeout (testharness.js's `ShellTestEnvironment` has none of its own), a
/// timer that calls the harness's `timeout()`.
///
/// WPT: resources/testharness.js `add_result_callback`, `add_completion_callback`,
/// `timeout`; Node: test/common/wpt/worker.js, test/common/wpt/rejections.js.
pub fn reporter(timeout_ms: u64) -> String {
    let config = serde_json::json!({ "timeout_ms": timeout_ms, "symbol": TIMEOUT_SYMBOL });
    format!("{REPORTER_SOURCE}({config});\n")
}

const REPORTER_SOURCE: &str = r#"(function (global) {
  "use strict";
  const report = global.__spindle_wpt_result;
  const complete = global.__spindle_wpt_complete;
  delete global.__spindle_wpt_result;
  delete global.__spindle_wpt_complete;
  // Node: test/common/wpt.js sanitizeUnpairedSurrogates (as testharness.js does for its
  // own report): a lone surrogate becomes "U+xxxx".
  function clean(value) {
    const s = value === undefined || value === null ? "" : String(value);
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        out += s[i] + s[i + 1];
        i++;
      } else if (c >= 0xd800 && c <= 0xdfff) {
        out += "U+" + c.toString(16);
      } else {
        out += s[i];
      }
    }
    return out;
  }
  const uncaught = global.__spindle_wpt_uncaught;
  delete global.__spindle_wpt_uncaught;
  const reportException = global.__spindle_wpt_report_exception;
  delete global.__spindle_wpt_report_exception;
  // "Name: message (first stack frame)" of a thrown value.
  function describe(error) {
    try {
      if (error !== null && typeof error === "object" && "message" in error) {
        const name = typeof AssertionError === "function" && error instanceof AssertionError
          ? "AssertionError" : String(error.name);
        let text = name + ": " + String(error.message);
        const frame = typeof error.stack === "string"
          ? error.stack.split("\n").find(function (l) { return l.trim().startsWith("at "); }) : undefined;
        if (frame) text += " (" + frame.trim() + ")";
        return clean(text);
      }
      return clean(String(error));
    } catch (e) {
      return "(a thrown value that cannot be described)";
    }
  }
  return function (config) {
    const harnessTimeout = global.timeout;
    let configurable = true;
    const reported = new Set();
    add_result_callback(function (test) {
      configurable = false;
      reported.add(test);
      report(clean(test.name), test.status, clean(test.message));
    });
    // The completion callback also gets the tests that never produced a result (after a
    // harness timeout or error): they are reported with the status the harness gave them
    // (TIMEOUT, NOTRUN).
    add_completion_callback(function (tests, status) {
      for (const test of tests) {
        if (!reported.has(test)) report(clean(test.name), test.status, clean(test.message));
      }
      complete(status.status, clean(status.message));
    });

    // Node: test/common/wpt/rejections.js. Without a global `unhandledrejection` event, an
    // unhandled rejection ends the run as a harness error, unless the test allowed
    // uncaught exceptions (and is not a single-test file).
    // Whether the test allows uncaught exceptions (setup's allow_uncaught_exception).
    let allowed = false;
    if (typeof process === "object" && process !== null && typeof process.on === "function") {
      const { setup, promise_setup } = global;
      let singleTest = false;
      const ignoreRejection = function () {};
      const apply = function (properties) {
        if (properties) {
          if (Object.prototype.propertyIsEnumerable.call(properties, "allow_uncaught_exception")) {
            allowed = properties.allow_uncaught_exception;
          }
          if (Object.prototype.propertyIsEnumerable.call(properties, "single_test") && properties.single_test) {
            singleTest = true;
          }
        }
        process.removeListener("unhandledRejection", ignoreRejection);
        if (allowed && !singleTest) process.on("unhandledRejection", ignoreRejection);
      };
      add_completion_callback(function () { configurable = false; });
      global.setup = function (funcOrProperties, maybeProperties) {
        let func;
        let properties;
        if (arguments.length === 2) {
          func = funcOrProperties;
          properties = maybeProperties;
        } else if (funcOrProperties instanceof Function) {
          func = funcOrProperties;
          properties = {};
        } else {
          properties = funcOrProperties;
        }
        return setup.call(this, function () {
          apply(properties);
          if (func) func();
        }, properties);
      };
      global.promise_setup = function (func, properties) {
        if (typeof func !== "function") return promise_setup.call(this, func, properties);
        return promise_setup.call(this, function () {
          if (configurable) apply(properties);
          return func();
        }, properties);
      };
    }

    // An exception no script caught (a timer, an event listener, a microtask) is first
    // reported at the global as an ErrorEvent, as a dedicated worker does (testharness.js
    // listens for it: a harness error unless the test allows uncaught exceptions). If no
    // listener canceled it, it reaches the worker's owner, as WPT's page reports it: a
    // harness error, unless the test allows uncaught exceptions. A rejection nothing
    // handled (Node's rules above) ends the run as a harness error too.
    if (typeof process === "object" && process !== null && typeof process.on === "function") {
      process.on("uncaughtException", function (error, origin) {
        if (origin !== "unhandledRejection" && typeof reportException === "function") {
          if (reportException(error, "Uncaught " + describe(error)) || allowed) return;
        }
        const prefix = origin === "unhandledRejection" ? "Unhandled rejection: " : "Uncaught ";
        uncaught(prefix + describe(error));
      });
    }

    // The harness timeout, on a referenced timer: it keeps the loop alive as a worker's
    // global does (Node's runner keeps its worker alive with a 2^31-1 ms timer).
    const fire = function () { harnessTimeout(); };
    Object.defineProperty(global, Symbol.for(config.symbol), { value: fire, configurable: true });
    setTimeout(fire, config.timeout_ms);
  };
})(globalThis)"#;

/// The script the runner evaluates when the event loop ran out of work before the harness
/// completed: the harness's `timeout()`, which reports the unfinished subtests as TIMEOUT
/// and completes.
pub fn fire_timeout() -> String {
    format!("globalThis[Symbol.for({})]();\n", serde_json::Value::from(TIMEOUT_SYMBOL))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meta::Meta;

    #[test]
    fn location_is_the_worker_url() {
        let job = Job {
            path: "url/a.any.js".into(),
            variant: "?include=file".into(),
            meta: Meta::default(),
            kind: JobKind::Any,
        };
        assert_eq!(location_href(&job), "http://web-platform.test:8000/url/a.any.worker.js?include=file");
        let p = prelude(&job);
        assert!(p.contains(r#""pathname":"/url/a.any.worker.js""#), "{p}");
        assert!(p.contains(r#""search":"?include=file""#), "{p}");
        assert!(reporter(10_000).contains(r#""timeout_ms":10000"#));
    }
}
