// internal/error_event: ErrorEvent and PromiseRejectionEvent (HTML §8.1.4.8 and §8.1.4.9),
// the events of "report an exception" and of unhandled rejections at a web worker's global
// and at a Worker object. Node 20 has neither as a global; Deno and browsers have both.
'use strict';

const { Event } = require('internal/event_target');

/// WebIDL unsigned long (ErrorEventInit's lineno and colno).
function toUnsignedLong(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) return 0;
  return (Math.trunc(n) % 4294967296 + 4294967296) % 4294967296;
}

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
    this.#lineno = init?.lineno === undefined ? 0 : toUnsignedLong(init.lineno);
    this.#colno = init?.colno === undefined ? 0 : toUnsignedLong(init.colno);
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

module.exports = { ErrorEvent, PromiseRejectionEvent, describeException };
