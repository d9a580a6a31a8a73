// internal/abort_controller (Node: lib/internal/abort_controller.js): AbortController and
// AbortSignal (DOM §3), with AbortSignal.abort/timeout/any. The runtime exposes
// AbortController and AbortSignal as lazy globals from here. Signals are not transferable
// (no MessageChannel yet).
'use strict';

const {
  defineEventHandler,
  EventTarget,
  Event,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateAbortSignalArray,
  validateObject,
  validateUint32,
} = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// A timeout signal nobody can reach any more has its timer cleared when collected.
const clearTimeoutRegistry = new FinalizationRegistry((timer) => globalThis.clearTimeout(timer));
// Timeout and composite signals that have abort listeners: kept alive so that they can
// still fire although only weak references lead to them.
const gcPersistentSignals = new Set();

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

function customInspect(self, obj, depth, options) {
  // Returning the object itself lets inspect format it plainly once the depth is exhausted.
  if (depth < 0) return self;
  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

// The timer of AbortSignal.timeout(): it holds the signal only weakly and is unref'd, so
// neither the signal's lifetime nor the process's depends on it.
// Node: lib/internal/abort_controller.js setWeakAbortSignalTimeout
function setWeakAbortSignalTimeout(weakRef, delay) {
  const timeout = globalThis.setTimeout(() => {
    const signal = weakRef.deref();
    if (signal !== undefined) {
      gcPersistentSignals.delete(signal);
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }
  }, delay);
  timeout.unref();
  return timeout;
}

// Node: lib/internal/abort_controller.js AbortSignal
class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  // Node: lib/internal/abort_controller.js AbortSignal.abort
  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  // Node: lib/internal/abort_controller.js AbortSignal.timeout
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    clearTimeoutRegistry.register(signal, setWeakAbortSignalTimeout(new WeakRef(signal), delay));
    return signal;
  }

  // The dependent signal of DOM §3.1.3 "create a dependent abort signal": aborted at once
  // if an input is, otherwise it follows the inputs' non-composite sources (held weakly
  // both ways, so neither side keeps the other alive).
  // Node: lib/internal/abort_controller.js AbortSignal.any
  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const resultSignal = createAbortSignal({ composite: true });
    if (!signals.length) return resultSignal;
    const resultSignalWeakRef = new WeakRef(resultSignal);
    resultSignal[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        resultSignal[kSourceSignals].add(new WeakRef(signal));
        signal[kDependantSignals].add(resultSignalWeakRef);
      } else if (!signal[kSourceSignals]) {
        continue;
      } else {
        for (const sourceSignal of signal[kSourceSignals]) {
          const sourceSignalRef = sourceSignal.deref();
          if (!sourceSignalRef) continue;
          if (resultSignal[kSourceSignals].has(sourceSignal)) continue;
          resultSignal[kSourceSignals].add(sourceSignal);
          sourceSignalRef[kDependantSignals].add(resultSignalWeakRef);
        }
      }
    }
    return resultSignal;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const isTimeoutOrNonEmptyComposite = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyComposite && type === 'abort' && !this.aborted && !weak && size === 1) {
      // Someone listens for this signal's abort: keep it alive until it fires or the
      // listener goes.
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const isTimeoutOrNonEmptyComposite = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyComposite && type === 'abort' && size === 0) {
      gcPersistentSignals.delete(this);
    }
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
});

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortSignal',
});

defineEventHandler(AbortSignal.prototype, 'abort');

// An AbortSignal made without its throwing constructor: an EventTarget given the
// AbortSignal prototype.
// Node: lib/internal/abort_controller.js createAbortSignal
function createAbortSignal(init = kEmptyObject) {
  const {
    aborted = false,
    reason = undefined,
    composite = false,
  } = init;
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

// DOM §3.1.3 "signal abort": set the reason of the signal and of each of its dependent
// signals not aborted yet, then fire the signal's trusted 'abort' event, then those of
// the dependent signals it aborted. Every dependent signal is thus marked aborted before
// any listener runs, and an abort re-entered from a listener finds them aborted already.
// Node: lib/internal/abort_controller.js abortSignal
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const dependentSignalsToAbort = [];
  signal[kDependantSignals]?.forEach((ref) => {
    const dependent = ref.deref();
    if (dependent !== undefined && !dependent[kAborted]) {
      dependent[kAborted] = true;
      dependent[kReason] = reason;
      dependentSignalsToAbort.push(dependent);
    }
  });
  runAbortSteps(signal);
  for (const dependent of dependentSignalsToAbort) runAbortSteps(dependent);
}

// DOM §3.1.3 "run the abort steps": fire 'abort' (the signal's abort algorithms are its
// listeners here).
function runAbortSteps(signal) {
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  // It never fires again: nothing needs to keep it alive for its listeners any more.
  gcPersistentSignals.delete(signal);
}

// Node: lib/internal/abort_controller.js AbortController
class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= createAbortSignal(), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
});

Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, writable: false, enumerable: false, configurable: true, value: 'AbortController',
});

// util.aborted(signal, resource): a promise fulfilled when `signal` aborts, as long as
// `resource` is alive.
// Node: lib/internal/abort_controller.js aborted
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', { allowArray: true, allowFunction: true });
  if (signal.aborted) return Promise.resolve();
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  const opts = { __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true };
  signal.addEventListener('abort', resolve, opts);
  return promise;
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
};
