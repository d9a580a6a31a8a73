// internal/perf/performance (Node: lib/internal/perf/performance.js, usertiming.js,
// performance_entry.js, observe.js, timerify.js, nodetiming.js, event_loop_utilization.js):
// the W3C High Resolution Time `performance` object, User Timing marks and measures, the
// performance timeline buffer and PerformanceObserver, as Node has them.
//
// The clock comes from the runtime: `require('internal/perf/binding')` gives
// `{ now(): ms since the time origin, timeOrigin: ms since the Unix epoch }`.
// Spindle does not record Node's bootstrap milestones or the event loop's idle time, so
// `performance.nodeTiming` reports them as 0 (start milestones), -1 (loop milestones,
// "not reached") and 0 (idleTime), and eventLoopUtilization() is all zeros — what Node
// itself reports before its event loop has started. Resource timing entries
// (PerformanceResourceTiming, markResourceTiming) and native entry types (gc, http, ...)
// are never produced; observing them is accepted and stays silent.
'use strict';

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInternalField,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  EventTarget,
  initEventTarget,
  defineEventHandler,
} = require('internal/event_target');
const binding = require('internal/perf/binding');

// Taken at load so that user code replacing the globals does not change our behaviour.
const { structuredClone, setImmediate, DOMException } = globalThis;

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// The options a custom inspect function passes on for its nested value, one level deeper.
function nestedInspectOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

function toStringTag(value) {
  return { __proto__: null, writable: false, enumerable: false, configurable: true, value };
}

// ---------------------------------------------------------------------------------------
// Clock (Node: lib/internal/perf/utils.js)

function now() {
  return binding.now();
}

function getTimeOriginTimestamp() {
  return binding.timeOrigin;
}

// ---------------------------------------------------------------------------------------
// PerformanceEntry (Node: lib/internal/perf/performance_entry.js)

const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');
const kSkipThrow = Symbol('kSkipThrow');

function isPerformanceEntry(obj) {
  return obj?.[kName] !== undefined;
}

// Node: lib/internal/perf/performance_entry.js PerformanceEntry
class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }

  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }

  get entryType() {
    validateInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }

  get startTime() {
    validateInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }

  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), nestedInspectOptions(options))}`;
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
Object.defineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

// Node's own entries (here only timerify's 'function' entries) carry a `detail`.
// Node: lib/internal/perf/performance_entry.js PerformanceNodeEntry
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    validateInternalField(this, kDetail, 'NodePerformanceEntry');
    return this[kDetail];
  }

  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
      detail: this[kDetail],
    };
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  const entry = new PerformanceNodeEntry(kSkipThrow, name, type, start, duration);
  entry[kDetail] = detail;
  return entry;
}

// ---------------------------------------------------------------------------------------
// performance.nodeTiming (Node: lib/internal/perf/nodetiming.js), reduced: Spindle has no
// bootstrap milestones and does not measure the loop.

const kMilestones = {
  __proto__: null,
  nodeStart: 0,
  v8Start: 0,
  environment: 0,
  loopStart: -1,
  loopExit: -1,
  bootstrapComplete: 0,
};

function milestone(name) {
  return kMilestones[name];
}

function loopIdleTime() {
  return 0;
}

// Node: lib/internal/perf/nodetiming.js PerformanceNodeTiming
class PerformanceNodeTiming {
  constructor() {
    const value = (v) => ({ __proto__: null, enumerable: true, configurable: true, value: v });
    const getter = (get) => ({ __proto__: null, enumerable: true, configurable: true, get });
    Object.defineProperties(this, {
      name: value('node'),
      entryType: value('node'),
      startTime: value(0),
      duration: getter(now),
      nodeStart: getter(() => milestone('nodeStart')),
      v8Start: getter(() => milestone('v8Start')),
      environment: getter(() => milestone('environment')),
      loopStart: getter(() => milestone('loopStart')),
      loopExit: getter(() => milestone('loopExit')),
      bootstrapComplete: getter(() => milestone('bootstrapComplete')),
      idleTime: getter(loopIdleTime),
      uvMetricsInfo: getter(() => ({ loopCount: 0, events: 0, eventsWaiting: 0 })),
    });
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), nestedInspectOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);

const nodeTiming = new PerformanceNodeTiming();

// ---------------------------------------------------------------------------------------
// eventLoopUtilization (Node: lib/internal/perf/event_loop_utilization.js)

// Node: lib/internal/perf/event_loop_utilization.js internalEventLoopUtilization
function internalEventLoopUtilization(loopStart, idleTime, util1, util2) {
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };

  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }

  const active = now() - loopStart - idleTime;
  if (!util1) {
    return { idle: idleTime, active, utilization: active / (idleTime + active) };
  }

  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// Node: lib/internal/perf/event_loop_utilization.js eventLoopUtilization
function eventLoopUtilization(util1, util2) {
  return internalEventLoopUtilization(milestone('loopStart'), loopIdleTime(), util1, util2);
}

// ---------------------------------------------------------------------------------------
// The performance timeline and PerformanceObserver (Node: lib/internal/perf/observe.js)

const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');

const kTypeSingle = 0;
const kTypeMultiple = 1;

const kSupportedEntryTypes = Object.freeze([
  'dns',
  'function',
  'gc',
  'http',
  'http2',
  'mark',
  'measure',
  'net',
  'resource',
]);

let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
const kPerformanceEntryBufferWarnSize = 1e6;
// Resource timing entries are never produced here; the limit is only remembered.
let resourceTimingBufferSizeLimit = 250;

const kClearPerformanceEntryBuffers = Object.freeze({
  mark: 'performance.clearMarks',
  measure: 'performance.clearMeasures',
});
const kWarnedEntryTypes = new Map();

const kObservers = new Set();
const kPending = new Set();
let isPending = false;

// Observers with new entries are called back together in one setImmediate callback.
// Node: lib/internal/perf/observe.js queuePending
function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const pendings = Array.from(kPending.values());
    kPending.clear();
    for (const pending of pendings) pending[kDispatch]();
  });
}

const performanceObserverSorter = (first, second) => first.startTime - second.startTime;

// Node: lib/internal/perf/observe.js PerformanceObserverEntryList
class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = entries.sort(performanceObserverSorter);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], nestedInspectOptions(options))}`;
  }
}
Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('PerformanceObserverEntryList'),
});

// Node: lib/internal/perf/observe.js PerformanceObserver
class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  // Node: lib/internal/perf/observe.js PerformanceObserver.observe
  observe(options = kEmptyObject) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }

    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw new DOMException('PerformanceObserver can not change to multiple observations',
                                 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw new DOMException('PerformanceObserver can not change to single observation',
                                 'InvalidModificationError');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.#entryTypes.clear();
      for (let n = 0; n < entryTypes.length; n++) {
        if (kSupportedEntryTypes.includes(entryTypes[n])) this.#entryTypes.add(entryTypes[n]);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        const entries = filterBufferMapByNameAndType(undefined, type);
        this.#buffer.push(...entries);
        kPending.add(this);
        if (kPending.size) queuePending();
      }
    }

    if (this.#entryTypes.size) kObservers.add(this);
    else this.disconnect();
  }

  disconnect() {
    kObservers.delete(this);
    kPending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    kPending.add(this);
    if (kPending.size) queuePending();
  }

  [kDispatch]() {
    const entryList = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(entryList, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, nestedInspectOptions(options))}`;
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('PerformanceObserver'),
});

// Queues `entry` for every observer interested in its type.
// Node: lib/internal/perf/observe.js enqueue
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const obs of kObservers) obs[kMaybeBuffer](entry);
}

// Adds a mark or measure to the global timeline, warning once per type past 1e6 entries.
// Node: lib/internal/perf/observe.js bufferUserTiming
function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') buffer = markEntryBuffer;
  else if (entryType === 'measure') buffer = measureEntryBuffer;
  else return;

  buffer.push(entry);
  const count = buffer.length;
  if (count > kPerformanceEntryBufferWarnSize && !kWarnedEntryTypes.has(entryType)) {
    kWarnedEntryTypes.set(entryType, true);
    const w = new Error('Possible perf_hooks memory leak detected. ' +
                        `${count} ${entryType} entries added to the global ` +
                        'performance entry buffer. Use ' +
                        `${kClearPerformanceEntryBuffers[entryType]} to ` +
                        'clear the buffer.');
    w.name = 'MaxPerformanceEntryBufferExceededWarning';
    w.entryType = entryType;
    w.count = count;
    if (typeof process.emitWarning === 'function') process.emitWarning(w);
  }
}

function setResourceTimingBufferSize(maxSize) {
  resourceTimingBufferSizeLimit = maxSize;
}

// Node: lib/internal/perf/observe.js clearEntriesFromBuffer
function clearEntriesFromBuffer(type, name) {
  const keep = (entry) => entry.name !== name;
  if (type === 'mark') {
    markEntryBuffer = name === undefined ? [] : markEntryBuffer.filter(keep);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ? [] : measureEntryBuffer.filter(keep);
  } else if (type === 'resource') {
    resourceTimingBuffer = name === undefined ? [] : resourceTimingBuffer.filter(keep);
  }
}

// The timeline's entries, optionally of one name and/or type, sorted by startTime.
// Node: lib/internal/perf/observe.js filterBufferMapByNameAndType
function filterBufferMapByNameAndType(name, type) {
  let bufferList;
  if (type === 'mark') {
    bufferList = markEntryBuffer;
  } else if (type === 'measure') {
    bufferList = measureEntryBuffer;
  } else if (type === 'resource') {
    bufferList = resourceTimingBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    bufferList = [...markEntryBuffer, ...measureEntryBuffer, ...resourceTimingBuffer];
  }
  if (name !== undefined) {
    bufferList = bufferList.filter((entry) => entry.name === name);
  } else if (type !== undefined) {
    bufferList = bufferList.slice();
  }
  return bufferList.sort(performanceObserverSorter);
}

// ---------------------------------------------------------------------------------------
// User Timing: marks and measures (Node: lib/internal/perf/usertiming.js)

const markTimings = new Map();

// Names that stand for nodeTiming milestones in measure() and cannot be marks.
const nodeTimingReadOnlyAttributes = new Set([
  'nodeStart',
  'v8Start',
  'environment',
  'loopStart',
  'loopExit',
  'bootstrapComplete',
]);

// The time a measure() start/end argument stands for: a timestamp, a milestone or a mark.
// Node: lib/internal/perf/usertiming.js getMark
function getMark(name) {
  if (name === undefined) return;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingReadOnlyAttributes.has(name)) return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined) {
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return ts;
}

// The JSON form of a mark or measure (User Timing §4.3, §4.4: the entry's fields and detail).
function entryWithDetailToJSON(entry) {
  return {
    name: entry.name,
    entryType: entry.entryType,
    startTime: entry.startTime,
    duration: entry.duration,
    detail: entry[kDetail],
  };
}

// Node: lib/internal/perf/usertiming.js PerformanceMark
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);

    let detail = options?.detail;
    detail = detail != null ? structuredClone(detail) : null;

    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }

  toJSON() {
    return entryWithDetailToJSON(this);
  }
}
Object.defineProperties(PerformanceMark.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMark' },
});

// Node: lib/internal/perf/usertiming.js PerformanceMeasure
class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol, name, type, start, duration);
  }

  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }

  toJSON() {
    return entryWithDetailToJSON(this);
  }
}
Object.defineProperties(PerformanceMeasure.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMeasure' },
});

function createPerformanceMeasure(name, start, duration, detail) {
  const measure = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
  measure[kDetail] = detail;
  return measure;
}

// Node: lib/internal/perf/usertiming.js mark
function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// The start and duration of a measure from measure()'s overloads: (name), (name, startMark),
// (name, startMark, endMark), (name, { start, end, duration, detail }).
// Node: lib/internal/perf/usertiming.js calculateStartDuration
function calculateStartDuration(startOrMeasureOptions, endMark) {
  startOrMeasureOptions ??= 0;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    if (start === undefined && end === undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    }
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }

  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }

  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }

  duration = end - start;
  return { start, duration };
}

// Node: lib/internal/perf/usertiming.js measure
function measure(name, startOrMeasureOptions, endMark) {
  validateString(name, 'name');
  const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
  let detail = startOrMeasureOptions?.detail;
  detail = detail != null ? structuredClone(detail) : null;
  const entry = createPerformanceMeasure(name, start, duration, detail);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// Node: lib/internal/perf/usertiming.js clearMarkTimings
function clearMarkTimings(name) {
  if (name !== undefined) {
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    markTimings.delete(name);
    return;
  }
  markTimings.clear();
}

// ---------------------------------------------------------------------------------------
// timerify (Node: lib/internal/perf/timerify.js)

function processComplete(name, start, args) {
  const duration = now() - start;
  const entry = createPerformanceNodeEntry(name, 'function', start, duration, args);
  for (let n = 0; n < args.length; n++) entry[n] = args[n];
  enqueue(entry);
}

// Wraps `fn` so that each call (or construction) queues a 'function' entry with its
// duration; a returned promise-like is timed until it settles.
// Node: lib/internal/perf/timerify.js timerify
function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  // Spindle has no RecordableHistogram (perf_hooks.createHistogram), so none is valid.
  if (histogram !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(processComplete.bind(result, fn.name, start, args));
    }
    processComplete(fn.name, start, args);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// ---------------------------------------------------------------------------------------
// Performance (Node: lib/internal/perf/performance.js)

const kPerformanceBrand = Symbol('performance');

function checkPerformance(self) {
  validateInternalField(self, kPerformanceBrand, 'Performance');
}

// Node: lib/internal/perf/performance.js Performance
class Performance extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, nestedInspectOptions(options))}`;
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) name = `${name}`;
    clearMarkTimings(name);
    clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('resource', name);
  }

  getEntries() {
    checkPerformance(this);
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options = kEmptyObject) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = kEmptyObject, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  // Node: lib/internal/perf/performance.js setResourceTimingBufferSize
  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // WebIDL unsigned long.
    return setResourceTimingBufferSize(+maxSize >>> 0);
  }

  get timeOrigin() {
    checkPerformance(this);
    return getTimeOriginTimestamp();
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}

function nodeExtension(value) {
  return { __proto__: null, configurable: true, enumerable: false, writable: true, value };
}

Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  clearResourceTimings: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  setResourceTimingBufferSize: kEnumerableProperty,
  [Symbol.toStringTag]: toStringTag('Performance'),
  // Node.js extensions.
  eventLoopUtilization: nodeExtension(eventLoopUtilization),
  nodeTiming: nodeExtension(nodeTiming),
  timerify: nodeExtension(timerify),
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

// The one Performance instance, made without running the throwing constructor.
// Node: lib/internal/perf/performance.js createPerformance
function createPerformance() {
  return Reflect.construct(function Performance() {
    initEventTarget(this);
    this[kPerformanceBrand] = true;
  }, [], Performance);
}

const performance = createPerformance();

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  eventLoopUtilization,
  timerify,
};
