// internal/worker/web: the web `Worker` global (HTML §10.2.6), as Deno and browsers have it,
// on the same agents as node:worker_threads: `new Worker(url, { type, name })` runs the
// script (a file: URL or a path, resolved against the main script) with a
// DedicatedWorkerGlobalScope; `postMessage`, `onmessage`/`addEventListener('message')`,
// `onerror` (an ErrorEvent-like Event with message and error), `terminate()`.
'use strict';

const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/io');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const kWorker = Symbol('kWorker');

class ErrorEvent extends Event {
  #message;
  #error;

  constructor(type, init = {}) {
    super(type, init);
    this.#message = init.message === undefined ? '' : String(init.message);
    this.#error = init.error;
  }

  get message() { return this.#message; }
  get error() { return this.#error; }
  get filename() { return ''; }
  get lineno() { return 0; }
  get colno() { return 0; }
}

function defineHandler(proto, type) {
  const key = Symbol(`on${type}`);
  Object.defineProperty(proto, `on${type}`, {
    get() { return this[key] ?? null; },
    set(handler) {
      if (this[key]) this.removeEventListener(type, this[key]);
      this[key] = typeof handler === 'function' ? handler : null;
      if (this[key]) this.addEventListener(type, this[key]);
    },
    configurable: true,
    enumerable: true,
  });
}

class Worker extends EventTarget {
  constructor(url, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('scriptURL');
    super();
    const type = options.type === 'module' ? 'module' : 'classic';
    if (options.type !== undefined && options.type !== 'module' && options.type !== 'classic') {
      throw new TypeError(`Failed to construct 'Worker': The provided value '${options.type}' is not a valid enum value of type WorkerType.`);
    }
    const { pathToFileURL, fileURLToPath } = require('url');
    // Relative to the main script, as the document's (Deno: the main module's) base URL.
    const base = process.argv[1] ? pathToFileURL(process.argv[1]) : pathToFileURL(process.cwd() + '/');
    const href = new URL(String(url), base);
    if (href.protocol !== 'file:') {
      throw new DOMException(`Failed to construct 'Worker': Script at '${href}' cannot be accessed.`, 'SecurityError');
    }
    const { Worker: NodeWorker } = require('worker_threads');
    const worker = new NodeWorker(fileURLToPath(href), { webType: type, name: options.name ?? '' });
    this[kWorker] = worker;
    worker.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data, [kTrustEvent]: true })));
    worker.on('error', (error) => {
      const event = new ErrorEvent('error', { message: error?.message ?? String(error), error, cancelable: true });
      this.dispatchEvent(event);
    });
  }

  postMessage(message, transfer) {
    this[kWorker].postMessage(message, transfer);
  }

  terminate() {
    this[kWorker].terminate();
  }
}

defineHandler(Worker.prototype, 'message');
defineHandler(Worker.prototype, 'error');
defineHandler(Worker.prototype, 'messageerror');
Object.defineProperty(Worker.prototype, Symbol.toStringTag, { value: 'Worker', configurable: true });

module.exports = { Worker, ErrorEvent };
