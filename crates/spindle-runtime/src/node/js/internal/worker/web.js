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

/// The text of a blob: or data: URL's script; undefined for other URLs or a revoked blob.
function scriptFromURL(href) {
  const decoder = new TextDecoder();
  if (href.protocol === 'blob:') {
    const stored = require('internal/blob/binding').resolve(href.href);
    return stored === undefined ? undefined : decoder.decode(stored[0]);
  }
  if (href.protocol !== 'data:') return undefined;
  const rest = href.href.slice('data:'.length);
  const comma = rest.indexOf(',');
  if (comma === -1) return undefined;
  const bytes = percentDecode(rest.slice(comma + 1));
  if (/;\s*base64\s*$/i.test(rest.slice(0, comma))) {
    return decoder.decode(Uint8Array.from(atob(decoder.decode(bytes)), (c) => c.charCodeAt(0)));
  }
  return decoder.decode(bytes);
}

/// URL Standard §1.3 percent-decode, to bytes.
function percentDecode(text) {
  const input = new TextEncoder().encode(text);
  const out = [];
  const hex = (b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102);
  for (let i = 0; i < input.length; i++) {
    if (input[i] === 37 && hex(input[i + 1]) && hex(input[i + 2])) {
      out.push(parseInt(String.fromCharCode(input[i + 1], input[i + 2]), 16));
      i += 2;
    } else {
      out.push(input[i]);
    }
  }
  return new Uint8Array(out);
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
    const { Worker: NodeWorker } = require('worker_threads');
    const workerOptions = { webType: type, webURL: href.href, name: options.name ?? '' };
    let worker;
    if (href.protocol === 'file:') {
      worker = new NodeWorker(fileURLToPath(href), workerOptions);
    } else {
      // A classic worker's script may also come from a blob: URL (File API §8) or a data:
      // URL (Fetch §4.1 "data: URL processor"); the script runs as the worker's eval source.
      if (type !== 'classic' || (href.protocol !== 'blob:' && href.protocol !== 'data:')) {
        throw new DOMException(`Failed to construct 'Worker': Script at '${href}' cannot be accessed.`, 'SecurityError');
      }
      const source = scriptFromURL(href);
      if (source === undefined) {
        // HTML §10.2.4 run a worker: fetching the script failed (a revoked blob URL) —
        // an `error` event at the worker, in a later task.
        setTimeout(() => this.dispatchEvent(new Event('error')), 0);
        return;
      }
      worker = new NodeWorker(source, { ...workerOptions, eval: true });
    }
    this[kWorker] = worker;
    worker.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data, [kTrustEvent]: true })));
    worker.on('error', (error) => {
      const event = new ErrorEvent('error', { message: error?.message ?? String(error), error, cancelable: true });
      this.dispatchEvent(event);
    });
  }

  postMessage(message, transfer) {
    this[kWorker]?.postMessage(message, transfer);
  }

  terminate() {
    this[kWorker]?.terminate();
  }
}

defineHandler(Worker.prototype, 'message');
defineHandler(Worker.prototype, 'error');
defineHandler(Worker.prototype, 'messageerror');
Object.defineProperty(Worker.prototype, Symbol.toStringTag, { value: 'Worker', configurable: true });

module.exports = { Worker, ErrorEvent };
