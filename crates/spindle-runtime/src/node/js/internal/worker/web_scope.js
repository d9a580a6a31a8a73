// internal/worker/web_scope: a web worker's global scope (HTML §10.2.1 WorkerGlobalScope and
// DedicatedWorkerGlobalScope), set up before the worker's script runs. The global object
// becomes a DedicatedWorkerGlobalScope: its prototype chain is DedicatedWorkerGlobalScope →
// WorkerGlobalScope → EventTarget, with `self`, `location`, `navigator` (a WorkerNavigator),
// `name`, `postMessage`, `onmessage`, `close()` and, for classic workers, `importScripts`.
// Messages come through the worker's parentPort; the worker stays alive while its scope
// listens for them.
'use strict';

const binding = require('internal/worker/binding');
const { parentPort } = require('worker_threads');
const { MessageEvent } = require('internal/worker/io');
const {
  EventTarget,
  initEventTarget,
  kNewListener,
  kRemoveListener,
  kReportListenerError,
  kTrustEvent,
} = require('internal/event_target');
const {
  ErrorEvent, PromiseRejectionEvent, defineEventHandlerAttribute, describeException,
} = require('internal/error_event');
const { Navigator } = require('internal/navigator');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const kCreate = Symbol('kCreate');

/// HTML §8.9.1.1 NavigatorID appVersion: a string that starts with "5.0 (" (Gecko's form,
/// which names the windowing system where other engines repeat the user agent).
function appVersion(platform) {
  if (platform.startsWith('Mac')) return '5.0 (Macintosh)';
  if (platform.startsWith('Win')) return '5.0 (Windows)';
  return '5.0 (X11)';
}

/// HTML §10.3.2 WorkerNavigator (the NavigatorID, NavigatorLanguage, NavigatorOnLine and
/// NavigatorConcurrentHardware parts; a runtime's values, as `navigator` has them).
class WorkerNavigator extends Navigator {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(require('internal/navigator').kInitialize);
  }

  get appCodeName() { return 'Mozilla'; }
  get appName() { return 'Netscape'; }
  get appVersion() { return appVersion(this.platform); }
  get product() { return 'Gecko'; }
  get onLine() { return true; }
}
Object.defineProperty(WorkerNavigator.prototype, Symbol.toStringTag, { value: 'WorkerNavigator', configurable: true });

/// HTML §10.3.3 WorkerLocation: the worker's URL, read-only.
class WorkerLocation {
  #url;

  constructor(key, url) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#url = url;
  }

  get href() { return this.#url.href; }
  get origin() { return this.#url.origin; }
  get protocol() { return this.#url.protocol; }
  get host() { return this.#url.host; }
  get hostname() { return this.#url.hostname; }
  get port() { return this.#url.port; }
  get pathname() { return this.#url.pathname; }
  get search() { return this.#url.search; }
  get hash() { return this.#url.hash; }
  toString() { return this.#url.href; }
}
Object.defineProperty(WorkerLocation.prototype, Symbol.toStringTag, { value: 'WorkerLocation', configurable: true });

// Platform objects that are not serializable (HTML §2.7.3: a DataCloneError).
require('internal/url/binding').markNotSerializable(WorkerNavigator.prototype);
require('internal/url/binding').markNotSerializable(WorkerLocation.prototype);

/// HTML §10.2.1.1 WorkerGlobalScope
class WorkerGlobalScope extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(WorkerGlobalScope.prototype, Symbol.toStringTag, { value: 'WorkerGlobalScope', configurable: true });

/// HTML §10.2.1.2 DedicatedWorkerGlobalScope
class DedicatedWorkerGlobalScope extends WorkerGlobalScope {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.defineProperty(DedicatedWorkerGlobalScope.prototype, Symbol.toStringTag, {
  value: 'DedicatedWorkerGlobalScope', configurable: true,
});

module.exports = function setUpWorkerGlobalScope(name, isModule, url) {
  const scope = globalThis;
  const scriptURL = url ? new URL(url) : require('url').pathToFileURL(process.argv[1] || `${process.cwd()}/worker`);
  const location = new WorkerLocation(kCreate, scriptURL);
  const navigator = new WorkerNavigator(kCreate);
  const methods = (proto, members) => {
    for (const [key, value] of Object.entries(members)) {
      Object.defineProperty(proto, key, { value, writable: true, configurable: true, enumerable: true });
    }
  };
  const getters = (proto, members) => {
    for (const [key, get] of Object.entries(members)) {
      Object.defineProperty(proto, key, { get, configurable: true, enumerable: true });
    }
  };

  getters(WorkerGlobalScope.prototype, {
    self() { return scope; },
    location() { return location; },
    navigator() { return navigator; },
  });
  for (const type of ['error', 'languagechange', 'offline', 'online', 'rejectionhandled', 'unhandledrejection']) {
    defineEventHandlerAttribute(WorkerGlobalScope.prototype, type, { scope, onError: type === 'error' });
  }
  if (!isModule) {
    methods(WorkerGlobalScope.prototype, {
      /// HTML §10.3.1 importScripts(...urls): every URL parsed against the worker's own
      /// (a SyntaxError if one fails) before any is fetched; then each fetched and run.
      importScripts(...urls) {
        const resolved = urls.map((u) => {
          const s = String(u);
          try {
            return new URL(s, scriptURL).href;
          } catch {
            throw new DOMException(`Failed to execute 'importScripts': The URL '${s}' is invalid.`, 'SyntaxError');
          }
        });
        binding.importScripts(...resolved);
      },
    });
  }

  getters(DedicatedWorkerGlobalScope.prototype, { name() { return String(name); } });
  methods(DedicatedWorkerGlobalScope.prototype, {
    postMessage(message, transfer) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope': 1 argument required, but only 0 present.");
      }
      require('internal/worker/web').checkTransferList(transfer, 'DedicatedWorkerGlobalScope');
      parentPort.postMessage(message, transfer);
    },
    // HTML §10.2.1.2 close(): the rest of this task runs (its messages still go out), then
    // the worker ends without running another task.
    close() { binding.closeAfterTask(); },
  });
  // WebIDL: `transfer` is optional (no default value: `arguments.length` stays a count).
  Object.defineProperty(DedicatedWorkerGlobalScope.prototype.postMessage, 'length', { value: 1, configurable: true });
  // Called as plain functions (`addEventListener(…)` in a worker script), the operations of
  // the global object's interfaces act on the global (WebIDL §3.7.6 [Global]).
  methods(WorkerGlobalScope.prototype, {
    addEventListener(type, listener, options) {
      EventTarget.prototype.addEventListener.call(this ?? scope, type, listener, options);
    },
    removeEventListener(type, listener, options) {
      EventTarget.prototype.removeEventListener.call(this ?? scope, type, listener, options);
    },
    dispatchEvent(event) {
      return EventTarget.prototype.dispatchEvent.call(this ?? scope, event);
    },
  });
  defineEventHandlerAttribute(DedicatedWorkerGlobalScope.prototype, 'message', { scope });
  defineEventHandlerAttribute(DedicatedWorkerGlobalScope.prototype, 'messageerror', { scope });
  // The scope keeps the worker alive while it has `message` listeners of any kind
  // (the listener-count hooks EventTarget calls on every addition and removal).
  Object.defineProperties(DedicatedWorkerGlobalScope.prototype, {
    [kNewListener]: {
      value(size, type, ...rest) {
        if (type === 'message' && size === 1) parentPort.ref();
        return EventTarget.prototype[kNewListener].call(this, size, type, ...rest);
      },
      configurable: true,
      writable: true,
    },
    [kRemoveListener]: {
      value(size, type, ...rest) {
        if (type === 'message' && size === 0) parentPort.unref();
        return EventTarget.prototype[kRemoveListener].call(this, size, type, ...rest);
      },
      configurable: true,
      writable: true,
    },
  });

  // The global object becomes the scope: Node's own globals stay its own properties. HTML
  // exposes `Navigator` to windows only ([Exposed=Window]); the scope has WorkerNavigator.
  delete scope.navigator;
  delete scope.Navigator;
  Object.setPrototypeOf(scope, DedicatedWorkerGlobalScope.prototype);
  initEventTarget(scope);
  // FileReaderSync (File API §7, workers only), loaded on first use like the lazy globals.
  Object.defineProperty(scope, 'FileReaderSync', {
    get() {
      const value = require('internal/file_reader').FileReaderSync;
      Object.defineProperty(scope, 'FileReaderSync', { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(scope, 'FileReaderSync', { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
  for (const [key, value] of Object.entries({ WorkerGlobalScope, DedicatedWorkerGlobalScope, WorkerNavigator,
    WorkerLocation })) {
    Object.defineProperty(scope, key, { value, writable: true, configurable: true, enumerable: false });
  }

  // HTML §8.6 timers on a worker's global: setTimeout and setInterval return the timer's
  // id, a positive integer (what clearTimeout and clearInterval take), and a handler that
  // is not a function is source text, compiled when the timer fires.
  for (const name of ['setTimeout', 'setInterval']) {
    const start = scope[name];
    const timer = {
      [name](handler, timeout = 0, ...args) {
        if (typeof handler !== 'function') {
          const code = `${handler}`;
          handler = () => (0, eval)(code);
        }
        return +start(handler, timeout, ...args);
      },
    }[name];
    Object.defineProperty(scope, name, { value: timer, writable: true, enumerable: true, configurable: true });
  }

  // HTML §8.1.4.7 report an exception: an ErrorEvent at the global (not again while one
  // is being reported: an exception in an error handler goes straight on); if no handler
  // canceled it, to the Worker object in the parent. An unhandled rejection is a
  // PromiseRejectionEvent at the global (HTML §8.1.5.1), printed if nothing canceled it.
  // The worker goes on either way.
  let reporting = false;
  const report = (error, fromPromise, promise) => {
    if (fromPromise) {
      const event = new PromiseRejectionEvent('unhandledrejection', {
        promise, reason: error, cancelable: true, [kTrustEvent]: true,
      });
      if (scope.dispatchEvent(event)) console.error('Uncaught (in promise)', error);
      return;
    }
    const { message, filename, lineno, colno } = describeException(error);
    let notHandled = true;
    if (!reporting) {
      reporting = true;
      try {
        const event = new ErrorEvent('error', {
          message, filename, lineno, colno, error, cancelable: true, [kTrustEvent]: true,
        });
        notHandled = scope.dispatchEvent(event);
      } finally {
        reporting = false;
      }
    }
    if (notHandled) binding.propagateError(message, filename, lineno, colno);
  };
  binding.setReportException(report);
  Object.defineProperty(scope, kReportListenerError, { value: (error) => report(error, false), configurable: true });

  // Every message reaches the scope's listeners as a MessageEvent.
  parentPort.addEventListener('message', (event) => {
    scope.dispatchEvent(new MessageEvent('message', { data: event.data, ports: event.ports, [kTrustEvent]: true }));
  });
  // A worker's implicit port is enabled from the start (HTML §10.2.4 run a worker).
  parentPort.start();
  parentPort.unref();
};
