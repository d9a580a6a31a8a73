// node:timers/promises (Node: lib/timers/promises.js): the timers as promises, setInterval
// as an async iterator, and the experimental scheduler. An options.signal aborted before
// the call rejects at once; one aborted later clears the timer and rejects with an
// AbortError whose cause is the signal's reason.
'use strict';

const {
  AbortError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateNumber,
} = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });
const kScheduler = Symbol('kScheduler');
let kResistStopPropagation;

function resistStopPropagation() {
  kResistStopPropagation ??= require('internal/event_target').kResistStopPropagation;
  return kResistStopPropagation;
}

// `promise.finally(onFinally)` settled through the same number of promise jobs as Node's
// SafePromisePrototypeFinally, so callers observe the same ordering.
function promiseFinally(promise, onFinally) {
  return new Promise((resolve, reject) => {
    new Promise((res, rej) => promise.then(res, rej))
      .finally(onFinally)
      .then(resolve, reject);
  });
}

// Throws what Node's timers/promises checks for the shared options.
function validateTimerOptions(options) {
  validateObject(options, 'options');
  if (typeof options?.signal !== 'undefined') validateAbortSignal(options.signal, 'options.signal');
  if (typeof options?.ref !== 'undefined') validateBoolean(options.ref, 'options.ref');
}

// Runs `start(resolve)` (which schedules the timer and returns a canceller for it) in a
// promise that an abort of `signal` rejects after cancelling the timer.
// Node: lib/timers/promises.js cancelListenerHandler (with setTimeout/setImmediate)
function cancellableTimer(signal, start) {
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    let fired = false;
    const cancel = start((value) => {
      fired = true;
      resolve(value);
    });
    if (signal) {
      oncancel = () => {
        if (!fired) {
          cancel();
          reject(new AbortError(undefined, { cause: signal?.reason }));
        }
      };
      signal.addEventListener('abort', oncancel, { __proto__: null, [resistStopPropagation()]: true });
    }
  });
  return oncancel !== undefined ?
    promiseFinally(ret, () => signal.removeEventListener('abort', oncancel)) :
    ret;
}

// Node: lib/timers/promises.js setTimeout
function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (typeof after !== 'undefined') validateNumber(after, 'delay');
    validateTimerOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }

  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));

  return cancellableTimer(signal, (resolve) => {
    const timeout = globalThis.setTimeout(() => resolve(value), after);
    if (!ref) timeout.unref();
    return () => globalThis.clearTimeout(timeout);
  });
}

// Node: lib/timers/promises.js setImmediate
function setImmediate(value, options = kEmptyObject) {
  try {
    validateTimerOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }

  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));

  return cancellableTimer(signal, (resolve) => {
    const immediate = globalThis.setImmediate(() => resolve(value));
    if (!ref) immediate.unref();
    return () => globalThis.clearImmediate(immediate);
  });
}

// setInterval(delay, value): an async iterator yielding `value` once per elapsed interval;
// ticks that elapse while the consumer is busy are not lost (each next() takes one).
// Node: lib/timers/promises.js setInterval
async function* setInterval(after, value, options = kEmptyObject) {
  if (typeof after !== 'undefined') validateNumber(after, 'delay');
  validateTimerOptions(options);

  const { signal, ref = true } = options;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = globalThis.setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        globalThis.clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { __proto__: null, once: true, [resistStopPropagation()]: true });
    }

    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    globalThis.clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

// The experimental scheduler (WICG scheduling APIs): wait() is the promise setTimeout,
// yield() the promise setImmediate. Only the module's own instance works.
// Node: lib/timers/promises.js Scheduler
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: Reflect.construct(function() {
    this[kScheduler] = true;
  }, [], Scheduler),
};
