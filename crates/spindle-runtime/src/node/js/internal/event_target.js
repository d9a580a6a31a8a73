// internal/event_target (Node: lib/internal/event_target.js): the web Event, CustomEvent
// and EventTarget (DOM §2) with Node's semantics: no tree (every dispatch is AT_TARGET),
// listener errors reported as uncaught exceptions on the next tick, listeners kept in a
// linked list per type so that removing one during a dispatch is safe.
// The runtime exposes Event, CustomEvent and EventTarget as lazy globals from here.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_EVENT_RECURSION,
    ERR_MISSING_ARGS,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateInternalField,
} = require('internal/validators');

const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null, enumerable: true };
const kValidateObjectAllowObjects = { allowArray: true, allowFunction: true };

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kReportError = Symbol('kReportError');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kReportListenerError = Symbol('kReportListenerError');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kInPassiveListener = Symbol('kInPassiveListener');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Event.timeStamp: milliseconds since the time origin, the clock of performance.now().
// Node: lib/internal/perf/utils.js now
const perfBinding = require('internal/perf/binding');
function now() {
  return perfBinding.now();
}

// Node: lib/internal/webidl.js converters.DOMString
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return String(value);
}

const isTrustedSet = new WeakSet();
const isTrustedDescriptor = {
  __proto__: null,
  configurable: false,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({
    get isTrusted() {
      return isTrustedSet.has(this);
    },
  }, 'isTrusted').get,
};

const isTrustedOwnDescriptor = {
  __proto__: null,
  configurable: false,
  enumerable: false,
  get: isTrustedDescriptor.get,
};

function isEvent(value) {
  return value != null && typeof value[kType] === 'string';
}

// The object inspect shows for an event or target: `Name { ... }`, or just `Name` when
// the depth is exhausted.
function inspectWithName(self, fields, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = Object.assign({}, options, {
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  });
  return `${name} ${inspect(fields, opts)}`;
}

// Node: lib/internal/event_target.js Event
class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    // validateObject(options, 'options'), inline: an event per message is made here.
    if (options != null && (typeof options !== 'object' || Array.isArray(options))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    // DOM §2.2: isTrusted is [LegacyUnforgeable], an own non-configurable accessor of
    // each event. Node has it on the prototype only (enumerable there, which its
    // Object.keys(Event.prototype) shows); both are kept, the own one not enumerable so
    // that an event still has no enumerable own keys, as in Node.
    Object.defineProperty(this, 'isTrusted', isTrustedOwnDescriptor);
    this[kInPassiveListener] = false;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return inspectWithName(this, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options);
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    // DOM: stopImmediatePropagation sets both the "stop propagation" and the
    // "stop immediate propagation" flags.
    this.stopPropagation();
    this[kStop] = true;
  }

  // DOM §2.2 "set the canceled flag": nothing inside a passive listener. Outside of one,
  // the flag is set even for an event that is not cancelable (Node: the defaultPrevented
  // getter masks it, so initEvent making the event cancelable shows it).
  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#setCanceledFlag();
  }

  #setCanceledFlag() {
    if (this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  // Node has no event path: the path is the target alone while dispatching.
  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !this.#cancelable || !this.#defaultPrevented;
  }

  // DOM §2.2: setting returnValue to false sets the canceled flag (as preventDefault).
  set returnValue(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!value) this.#setCanceledFlag();
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'Event',
  },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  // As in Node, also an accessor of the prototype (each event has its own too).
  isTrusted: isTrustedDescriptor,
});

['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, index) => {
  Object.defineProperty(Event, name, {
    __proto__: null, writable: false, configurable: false, enumerable: true, value: index,
  });
});

function isCustomEvent(value) {
  return isEvent(value) && value[kDetail] !== undefined;
}

// Node: lib/internal/event_target.js CustomEvent
class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'CustomEvent',
  },
  detail: kEnumerableProperty,
});

// Weak listeners (used for the abort listener an `options.signal` installs): the listener
// is held through a WeakRef and kept alive by its owner (a WeakMap entry keyed by the
// owner); when it is collected the registry removes it from the target.
let weakListenersState = null;
function weakListeners() {
  if (weakListenersState === null) {
    weakListenersState = {
      registry: new FinalizationRegistry(({ eventTarget, listener, eventType }) => {
        const target = eventTarget.deref();
        if (target !== undefined) target[kRemoveWeakListenerHelper](eventType, listener);
      }),
      map: new WeakMap(),
    };
  }
  return weakListenersState;
}


// One registered listener, a node of its type's doubly linked list. The list's head is a
// plain record `{ size, next, resistStopPropagation }`. Listeners are identified by the
// pair (callback, capture) as the DOM says.
// Node: lib/internal/event_target.js Listener
class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture, passive,
              isNodeStyleListener, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;

    // Node keeps these as bits of one `flags` field behind getters, which V8 inlines; in an
    // interpreter each getter is a call (seven per dispatched event), so they are plain
    // fields here.
    this.once = Boolean(once);
    this.capture = Boolean(capture);
    this.passive = Boolean(passive);
    this.isNodeStyleListener = Boolean(isNodeStyleListener);
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    this.removed = false;

    if (this.weak) {
      this.callback = new WeakRef(listener);
      weakListeners().registry.register(listener, {
        __proto__: null,
        eventTarget: new WeakRef(eventTarget),
        listener: this,
        eventType,
      }, this);
      weakListeners().map.set(weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // An EventListener object: its handleEvent is looked up at each dispatch; being an
      // async function, what it throws is reported through the returned promise.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
  }

  same(listener, capture) {
    const myListener = this.weak ? this.listener.deref() : this.listener;
    return myListener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) weakListeners().registry.unregister(this);
  }
}

// Node: lib/internal/event_target.js initEventTarget
function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

// Node: lib/internal/event_target.js EventTarget
class EventTarget {
  // How isEventTarget recognises targets, also across realms.
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Called after a listener was added, with the new listener count for the type.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (this[kMaxEventTargetListeners] > 0 &&
        size > this[kMaxEventTargetListeners] &&
        !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners ` +
                          `added to ${inspect(this, { depth: -1 })}. MaxListeners is ${this[kMaxEventTargetListeners]}. Use ` +
                          'events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      emitWarning(w);
    }
  }

  // Called after a listener was removed, with the remaining count for the type.
  [kRemoveListener](size, type, listener, capture) {}

  // Node: lib/internal/event_target.js EventTarget.addEventListener
  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let isNodeStyleListener = false;
    let weak = false;
    let resistStopPropagation = false;

    if (options !== kEmptyObject) {
      // The options are read before the listener is checked, as the DOM's getters order says.
      options = validateEventListenerOptions(options);
      once = options.once;
      capture = options.capture;
      passive = options.passive;
      isNodeStyleListener = options.isNodeStyleListener;
      weak = options.weak;
      resistStopPropagation = options.resistStopPropagation;

      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!validateEventListener(listener)) {
      // The DOM silently accepts a null or undefined listener; Node warns.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      emitWarning(w);
      return;
    }

    type = toDOMString(type);

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(this, type, root, listener, once, capture, passive,
                   isNodeStyleListener, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // The same (listener, capture) is registered already.

    new Listener(this, type, previous, listener, once, capture, passive,
                 isNodeStyleListener, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  // Node: lib/internal/event_target.js EventTarget.removeEventListener
  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    // DOM §2.7 "flatten" options: a boolean is the capture flag (Node 20 reads only an
    // options object's `capture`; WPT's workers/…/EventTarget.worker.js decides).
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  // Removes a weak listener whose callback was garbage collected.
  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    const capture = listener.capture === true;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler === listener) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, undefined, capture);
        break;
      }
      handler = handler.next;
    }
  }

  // Node: lib/internal/event_target.js EventTarget.dispatchEvent
  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](event, event.type, event);

    return event.defaultPrevented !== true;
  }

  // Calls the listeners of `type`. `event` is the Event for DOM-style listeners (made on
  // demand by kCreateEvent when dispatching a Node-style value), `nodeValue` what
  // Node-style listeners receive.
  // Node: lib/internal/event_target.js EventTarget[kHybridDispatch]
  // (Node makes two closures per dispatch, for the loop condition and the lazy event; they
  // are inlined here: in an interpreter each costs an allocation and calls.)
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    if (event === undefined && handler.next === undefined && handler.isNodeStyleListener && !handler.once &&
        !handler.weak) {
      // One Node-style listener for a value (a port's or a worker's message, mostly): what
      // the loop below does for it, without the loop's per-listener checks.
      try {
        const result = handler.callback.call(this, nodeValue);
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        this[kReportError](err);
      }
      return true;
    }
    let next;
    while (handler !== undefined &&
           (root.resistStopPropagation || handler.passive || event?.[kStop] !== true)) {
      // Read the next one first: this listener may remove itself.
      next = handler.next;

      if (handler.removed || (event?.[kStop] === true && !handler.resistStopPropagation)) {
        // Removed during this dispatch, or skipped after stopImmediatePropagation().
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        const { listener, capture } = handler;
        this[kRemoveListener](root.size, type, listener, capture);
      }

      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        const callback = handler.weak ? handler.callback.deref() : handler.callback;
        let result;
        if (callback) {
          // DOM §2.10 "inner invoke": the event's "in passive listener flag" is set while
          // a passive listener runs (preventDefault and returnValue then do nothing).
          const passive = handler.passive && !handler.isNodeStyleListener;
          if (passive) arg[kInPassiveListener] = true;
          try {
            result = callback.call(this, arg);
          } finally {
            if (passive) arg[kInPassiveListener] = false;
          }
          // Node clears the dispatch flag after each DOM-style listener.
          if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        this[kReportError](err);
      }

      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  // What a listener threw. A target may report its listeners' exceptions itself, when they
  // happen (a web worker's global: HTML §8.1.4.7 "report an exception" runs as the
  // callback throws); else it is an uncaught exception.
  [kReportError](err) {
    const report = this[kReportListenerError];
    if (typeof report === 'function') report(err);
    else emitUncaughtException(err);
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectWithName(this, {}, depth, options);
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'EventTarget',
  },
});

function emitWarning(warning) {
  if (typeof process.emitWarning === 'function') process.emitWarning(warning);
}

// true for a function or an object (its handleEvent is looked up when dispatching),
// false for null/undefined; anything else throws.
// Node: lib/internal/event_target.js validateEventListener
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

// Node: lib/internal/event_target.js validateEventListenerOptions
function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// Whether `obj` is an EventTarget: its constructor carries the well-known symbol (works
// across realms; `{ constructor: EventTarget }` passes too, as in Node).
function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

// A listener's returned promise that rejects is reported as an uncaught exception.
function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, function(err) {
      emitUncaughtException(err);
    });
  }
}

// Node: lib/internal/event_target.js emitUncaughtException
function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// The function registered for an `on<event>` attribute: it calls whatever handler the
// attribute holds now, so the listener keeps the position of the first assignment.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

// Defines the `on<name>` event handler attribute (HTML §8.1.8.1) on `emitter`
// (a prototype).
// Node: lib/internal/event_target.js defineEventHandler
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrappedHandler = this[kHandlers]?.get(event);
    if (wrappedHandler) {
      if (typeof wrappedHandler.handler === 'function') {
        this[kEvents].get(event).size--;
        const size = this[kEvents].get(event).size;
        this[kRemoveListener](size, event, wrappedHandler.handler, false);
      }
      wrappedHandler.handler = value;
      if (typeof wrappedHandler.handler === 'function') {
        this[kEvents].get(event).size++;
        const size = this[kEvents].get(event).size;
        this[kNewListener](size, event, value, false, false, false, false);
      }
    } else {
      wrappedHandler = makeEventHandler(value);
      this.addEventListener(event, wrappedHandler);
    }
    this[kHandlers].set(event, wrappedHandler);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  Object.defineProperty(emitter, propName, {
    __proto__: null,
    get,
    set,
    configurable: true,
    enumerable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kReportListenerError,
  kWeakHandler,
};
