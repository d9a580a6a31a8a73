// node:timers/promises (Node: lib/timers/promises.js): the timers as promises, and
// setInterval as an async iterator. AbortSignal support waits for AbortSignal itself:
// an options.signal that is already aborted rejects, one aborted later is not observed yet.
'use strict';

function codedError(Ctor, code, message) {
  const e = new Ctor(message);
  Object.defineProperty(e, 'name', { value: `${Ctor.name} [${code}]`, configurable: true, writable: true });
  void e.stack;
  delete e.name;
  e.code = code;
  return e;
}

function received(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const name = value.constructor && value.constructor.name;
    return name ? ` Received an instance of ${name}` : ' Received an object';
  }
  const shown = typeof value === 'string' ? `'${value}'` : String(value);
  return ` Received type ${typeof value} (${shown})`;
}

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options" argument must be of type object.${received(options)}`);
  }
  const { signal, ref = true } = options;
  if (typeof ref !== 'boolean') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "options.ref" property must be of type boolean.${received(ref)}`);
  }
  return { signal, ref };
}

function abortError(signal) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined && typeof after !== 'number') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "delay" argument must be of type number.${received(after)}`);
    }
    const { signal, ref } = validateOptions(options);
    if (signal && signal.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve) => {
      const t = globalThis.setTimeout(() => resolve(value), after);
      if (!ref) t.unref();
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

function setImmediate(value, options = {}) {
  try {
    const { signal, ref } = validateOptions(options);
    if (signal && signal.aborted) return Promise.reject(abortError(signal));
    return new Promise((resolve) => {
      const i = globalThis.setImmediate(() => resolve(value));
      if (!ref) i.unref();
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

// setInterval(delay, value): an async iterator yielding `value` once per elapsed interval;
// ticks that elapse while the consumer is busy are not lost (each next() takes one).
async function* setInterval(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "delay" argument must be of type number.${received(after)}`);
  }
  const { signal, ref } = validateOptions(options);
  if (signal && signal.aborted) throw abortError(signal);
  let notYielded = 0;
  let wake = null;
  const interval = globalThis.setInterval(() => {
    notYielded++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after);
  if (!ref) interval.unref();
  try {
    while (true) {
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
  } finally {
    globalThis.clearInterval(interval);
  }
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
