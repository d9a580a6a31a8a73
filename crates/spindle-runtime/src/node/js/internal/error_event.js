// internal/error_event: ErrorEvent and PromiseRejectionEvent (HTML §8.1.4.8 and §8.1.4.9),
// the events of "report an exception" and of unhandled rejections at a web worker's global
// and at a Worker object. Node 20 has neither as a global; Deno and browsers have both.
'use strict';

const { Event } = require('internal/event_target');
const { toUnsignedInteger } = require('internal/webidl');


/// HTML §8.1.4.8 ErrorEvent
class ErrorEvent extends Event {
  #message;
  #filename;
  #lineno;
  #colno;
  #error;

  constructor(type, init = undefined) {
    if (arguments.length === 0) throw new TypeError('The "type" argument must be specified');
    super(type, init);
    this.#message = init?.message === undefined ? '' : `${init.message}`;
    this.#filename = init?.filename === undefined ? '' : `${init.filename}`;
    this.#lineno = init?.lineno === undefined ? 0 : toUnsignedInteger(init.lineno, 32);
    this.#colno = init?.colno === undefined ? 0 : toUnsignedInteger(init.colno, 32);
    this.#error = init?.error;
  }

  get message() { return this.#message; }
  get filename() { return this.#filename; }
  get lineno() { return this.#lineno; }
  get colno() { return this.#colno; }
  get error() { return this.#error; }
}

/// HTML §8.1.4.9 PromiseRejectionEvent
class PromiseRejectionEvent extends Event {
  #promise;
  #reason;

  constructor(type, init) {
    if (arguments.length < 2) throw new TypeError('The "eventInitDict" argument must be specified');
    if (init === null || typeof init !== 'object' || !('promise' in init)) {
      throw new TypeError("Failed to construct 'PromiseRejectionEvent': required member promise is undefined.");
    }
    super(type, init);
    this.#promise = init.promise;
    this.#reason = init.reason;
  }

  get promise() { return this.#promise; }
  get reason() { return this.#reason; }
}

for (const name of ['message', 'filename', 'lineno', 'colno', 'error']) {
  Object.defineProperty(ErrorEvent.prototype, name, { enumerable: true });
}
for (const name of ['promise', 'reason']) {
  Object.defineProperty(PromiseRejectionEvent.prototype, name, { enumerable: true });
}
Object.defineProperty(ErrorEvent.prototype, Symbol.toStringTag, { value: 'ErrorEvent', configurable: true });
Object.defineProperty(PromiseRejectionEvent.prototype, Symbol.toStringTag, {
  value: 'PromiseRejectionEvent', configurable: true,
});

/// HTML §8.1.8.1 event handler IDL attributes (`onmessage`, `onerror`, …) on `proto`: a
/// value that is not an object is stored as null; the listener is added on the first
/// non-null value and keeps its place until the handler is set to null; the handler's return
/// value cancels the event — false, or, for a global's `onerror` (`onError`: an
/// OnErrorEventHandler, which gets an ErrorEvent's message, filename, lineno, colno and error
/// as arguments), true. `scope`: the object a call without a receiver acts on (a global's
/// attributes read as plain names).
function defineEventHandlerAttribute(proto, type, { scope = undefined, onError = false } = {}) {
  const slots = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    get() {
      return slots.get(this ?? scope)?.value ?? null;
    },
    set(value) {
      const target = this ?? scope;
      const isObject = typeof value === 'function' || (typeof value === 'object' && value !== null);
      let slot = slots.get(target);
      if (slot === undefined) {
        slot = { value: null, listener: null };
        slots.set(target, slot);
      }
      slot.value = isObject ? value : null;
      if (slot.value === null) {
        if (slot.listener !== null) target.removeEventListener(type, slot.listener);
        slot.listener = null;
        return;
      }
      if (slot.listener !== null) return;
      slot.listener = function(event) {
        const handler = slot.value;
        if (typeof handler !== 'function') return;
        if (onError && event instanceof ErrorEvent) {
          const result = handler.call(this, event.message, event.filename, event.lineno, event.colno, event.error);
          if (result === true) event.preventDefault();
        } else if (handler.call(this, event) === false) {
          event.preventDefault();
        }
      };
      target.addEventListener(type, slot.listener);
    },
    configurable: true,
    enumerable: true,
  });
}

/// What "report an exception" (HTML §8.1.4.7) tells the ErrorEvent about a thrown value:
/// the message ("Uncaught " and the error as browsers show it) and, from the first frame
/// of its stack, the script's URL, line and column (0 when there is none).
function describeException(error) {
  let text;
  try {
    if (error !== null && typeof error === 'object' && 'message' in error) {
      text = `${error.name ?? 'Error'}: ${error.message}`;
    } else {
      text = String(error);
    }
  } catch {
    text = 'exception';
  }
  let filename = '';
  let lineno = 0;
  let colno = 0;
  let stack;
  try {
    stack = error !== null && typeof error === 'object' ? error.stack : undefined;
  } catch {
    stack = undefined;
  }
  if (typeof stack === 'string') {
    for (const line of stack.split('\n')) {
      const frame = /^\s*at (?:.*? \()?(.*):(\d+):(\d+)\)?$/.exec(line);
      if (frame !== null) {
        // A file's frames name its path (as Node's do); the event names URLs.
        filename = frame[1].startsWith('/') ? require('url').pathToFileURL(frame[1]).href : frame[1];
        lineno = Number(frame[2]);
        colno = Number(frame[3]);
        break;
      }
    }
  }
  return { message: `Uncaught ${text}`, filename, lineno, colno };
}

module.exports = { ErrorEvent, PromiseRejectionEvent, defineEventHandlerAttribute, describeException };
