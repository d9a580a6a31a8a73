// internal/worker/web: the web `Worker` global (HTML §10.2.6), as Deno and browsers have it,
// on the same agents as node:worker_threads: `new Worker(url, { type, name })` runs the
// script (a file: URL or a path, resolved against the main script) with a
// DedicatedWorkerGlobalScope; `postMessage`, `onmessage`/`addEventListener('message')`,
// `onerror` (an ErrorEvent-like Event with message and error), `terminate()`.
'use strict';

const { EventTarget, Event, kTrustEvent } = require('internal/event_target');
const { MessageEvent, kReportedError, kWorkerPort } = require('internal/worker/io');
const { ErrorEvent, defineEventHandlerAttribute } = require('internal/error_event');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const kWorker = Symbol('kWorker');
const kTerminated = Symbol('kTerminated');

/// WebIDL `sequence<object>` (or a StructuredSerializeOptions' `transfer`): every item an
/// object, else a TypeError before anything is cloned.
function checkTransferList(transfer, where) {
  let list = transfer;
  if (transfer !== null && typeof transfer === 'object' && typeof transfer[Symbol.iterator] !== 'function') {
    list = transfer.transfer;
  }
  if (list === undefined || list === null) return;
  if (typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
    throw new TypeError(`Failed to execute 'postMessage' on '${where}': The provided value cannot be converted to a sequence.`);
  }
  let index = 0;
  for (const item of list) {
    if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
      throw new TypeError(`Failed to execute 'postMessage' on '${where}': Value at index ${index} does not have a transferable type.`);
    }
    index++;
  }
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
    // Relative to the document's base URL: the one the embedder gave (the WPT runner's page
    // URL), a worker's own script URL, or the main script's file URL (Deno: the main
    // module's URL).
    const base = require('internal/worker/binding').baseURL() ??
      (process.argv[1] ? pathToFileURL(process.argv[1]) : pathToFileURL(process.cwd() + '/'));
    let href;
    try {
      href = new URL(String(url), base);
    } catch {
      throw new DOMException(`Failed to construct 'Worker': The URL '${url}' is invalid.`, 'SyntaxError');
    }
    const { Worker: NodeWorker } = require('worker_threads');
    const workerOptions = { webType: type, webURL: href.href, name: options.name ?? '' };
    let worker;
    if (href.protocol === 'file:') {
      worker = new NodeWorker(fileURLToPath(href), workerOptions);
    } else if (href.protocol === 'http:' || href.protocol === 'https:' ||
               (type === 'module' && (href.protocol === 'data:' || href.protocol === 'blob:'))) {
      // The worker's thread fetches the script through the embedder's network.
      worker = new NodeWorker(href.href, { ...workerOptions, eval: true, webFetch: true });
    } else {
      // A classic worker's script may also come from a blob: URL (File API §8) or a data:
      // URL (Fetch §4.1 "data: URL processor"); the script runs as the worker's eval source.
      if (href.protocol !== 'blob:' && href.protocol !== 'data:') {
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
    // The Worker keeps the loop alive while its worker runs (its 'message' listener refs the
    // port); messages reach this object's listeners as MessageEvents with their ports, until
    // terminate() (HTML §10.2.6.3: it discards the tasks still queued for this object).
    worker.on('message', () => {});
    worker[kWorkerPort].addEventListener('message', (event) => {
      if (this[kTerminated]) return;
      this.dispatchEvent(new MessageEvent('message', { data: event.data, ports: event.ports, [kTrustEvent]: true }));
    });
    // A worker that failed to start or run (its script did not load or parse, it ran out
    // of memory): an error event at the Worker object.
    worker.on('error', (error) => {
      const event = new ErrorEvent('error', { message: error?.message ?? String(error), error, cancelable: true });
      this.dispatchEvent(event);
    });
    // HTML §8.1.4.7: an exception the worker's global did not handle is an ErrorEvent here,
    // without the error value (it stays in the worker); if no handler cancels it, it is
    // reported in this global as if thrown here (the main thread's uncaught exception, as
    // in Deno; a parent worker's own report).
    worker.on(kReportedError, ({ message, filename, lineno, colno }) => {
      const event = new ErrorEvent('error', { message, filename, lineno, colno, error: null, cancelable: true, [kTrustEvent]: true });
      if (this.dispatchEvent(event)) {
        const text = message.replace(/^Uncaught /, '');
        const error = new Error(text);
        error.stack = `${text}\n    at ${filename || '<worker>'}:${lineno}:${colno}`;
        throw error;
      }
    });
  }

  /// HTML §10.2.6.3 postMessage(message, transfer | options): the message and the
  /// transfer list are required to be there and to hold objects (WebIDL), then cloned.
  postMessage(message, transfer) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'postMessage' on 'Worker': 1 argument required, but only 0 present.");
    }
    checkTransferList(transfer, 'Worker');
    this[kWorker]?.postMessage(message, transfer);
  }

  terminate() {
    this[kTerminated] = true;
    this[kWorker]?.terminate();
  }
}

for (const type of ['message', 'error', 'messageerror']) defineEventHandlerAttribute(Worker.prototype, type);
Object.defineProperty(Worker.prototype, Symbol.toStringTag, { value: 'Worker', configurable: true });
// WebIDL: `transfer` is optional (the method has no default value, so that its
// `arguments.length` stays a plain count).
Object.defineProperty(Worker.prototype.postMessage, 'length', { value: 1, configurable: true });

module.exports = { Worker, checkTransferList };
