// internal/webstreams/util (Node: lib/internal/webstreams/util.js): what the Streams
// Standard's classes share — the internal-slot symbols and brand checks, the promise
// helpers of WebIDL ("a new promise", "upon fulfillment", "mark as handled"), the
// queue-with-sizes (Streams §8.1), ExtractHighWaterMark / ExtractSizeAlgorithm (§7.4), the
// ArrayBuffer operations of §8.3 (TransferArrayBuffer, CloneAsUint8Array, ...), the WebIDL
// conversions the constructors need, and Node's util.inspect form for the classes.
//
// Every intrinsic used by the algorithms is captured here when the module loads, so that a
// script patching Promise.prototype.then, ArrayBuffer.prototype.slice or a global cannot
// observe or break a stream's internals (WPT streams/*/patched-global.any.js).
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_OPERATION_FAILED,
  },
} = require('internal/errors');

// ---- Intrinsics ----------------------------------------------------------------------------

const ReflectApply = Reflect.apply;
// WebIDL §3.2.23's promise operations on the intrinsic %Promise% (web/webidl_promises.rs).
const promises = require('internal/webidl/promises');
const ReflectGet = Reflect.get;
const ObjectDefineProperty = Object.defineProperty;
const ObjectCreate = Object.create;
const NumberIsNaN = Number.isNaN;
const MathMin = Math.min;
const MathMax = Math.max;
const MathTrunc = Math.trunc;
const ArrayBufferCtor = ArrayBuffer;
const ArrayBufferPrototypeSliceFn = ArrayBuffer.prototype.slice;
const ArrayBufferPrototypeTransferFn = ArrayBuffer.prototype.transfer;
const ArrayBufferByteLengthGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const ArrayBufferDetachedGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const ArrayBufferResizableGetter = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable')?.get;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayBufferGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const TypedArrayByteOffsetGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const TypedArrayByteLengthGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const TypedArrayLengthGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const TypedArrayToStringTagGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const TypedArrayPrototypeSetFn = TypedArrayPrototype.set;
const DataViewCtor = DataView;
const DataViewBufferGetter = Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const DataViewByteOffsetGetter = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const DataViewByteLengthGetter = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const Uint8ArrayCtor = Uint8Array;
const SharedArrayBufferByteLengthGetter = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const structuredCloneFn = globalThis.structuredClone;
const queueMicrotaskFn = globalThis.queueMicrotask;
const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// The typed array constructors by [[TypedArrayName]] (ECMA-262 Table 71).
const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayConstructors.Float16Array = Float16Array;

// ---- Internal slots and brand checks --------------------------------------------------------

/// The internal slots of a stream object live in one plain object under kState; kType names
/// the interface the object was created as (its brand).
const kState = Symbol('kState');
const kType = Symbol('kType');

// Node: lib/internal/webstreams/util.js isBrandCheck
function isBrandCheck(brand) {
  return (value) => value != null && typeof value === 'object' &&
    value[kState] !== undefined && value[kType] === brand;
}

// ---- Promises (WebIDL §3.2.23, "a new promise" and friends) ---------------------------------

function PerformPromiseThen(promise, onFulfilled, onRejected) {
  return promises.performPromiseThen(promise, onFulfilled, onRejected);
}

/// WebIDL "a promise resolved with": always a new promise (a promise given as the value is
/// adopted, which takes its own reaction jobs, unlike Promise.resolve returning it as is).
function promiseResolvedWith(value) {
  return promises.promiseResolvedWith(value);
}

function promiseRejectedWith(reason) {
  return promises.promiseRejectedWith(reason);
}

/// "A new promise", with its resolving functions.
function createDeferred() {
  return promises.createDeferred();
}

/// A new promise that also knows its [[PromiseState]] (a writer's ready and closed
/// promises: WritableStreamDefaultWriterEnsure*PromiseRejected look at it).
function createTrackedDeferred() {
  return new TrackedDeferred();
}

class TrackedDeferred {
  constructor() {
    const settle = promises.createDeferred();
    this.promise = settle.promise;
    this.state = 'pending';
    // The promise's resolving functions, called by the methods below (every caller settles
    // a tracked deferred as `deferred.resolve(v)` / `deferred.reject(e)`).
    this.settle = settle;
  }

  resolve(value) {
    if (this.state !== 'pending') return;
    this.state = 'fulfilled';
    this.settle.resolve(value);
  }

  reject(reason) {
    if (this.state !== 'pending') return;
    this.state = 'rejected';
    this.settle.reject(reason);
  }
}
// A record, like the other deferreds: nothing is looked up on Object.prototype.
Object.setPrototypeOf(TrackedDeferred.prototype, null);

/// A settled deferred: "a promise resolved with undefined" that still looks like one.
function createResolvedDeferred(value) {
  return {
    __proto__: null, promise: promiseResolvedWith(value), resolve: undefined, reject: undefined, state: 'fulfilled',
  };
}

function createRejectedDeferred(reason) {
  const deferred = {
    __proto__: null, promise: promiseRejectedWith(reason), resolve: undefined, reject: undefined, state: 'rejected',
  };
  setPromiseIsHandledToTrue(deferred.promise);
  return deferred;
}

function noop() {}

/// [[PromiseIsHandled]] = true: a rejection of `promise` is never reported as unhandled.
function setPromiseIsHandledToTrue(promise) {
  promises.markAsHandled(promise);
}

/// WebIDL "react to"/"upon fulfillment"/"upon rejection" when nothing uses the result: a
/// throwing reaction goes nowhere (as if its derived promise were marked handled).
function uponPromise(promise, onFulfilled, onRejected) {
  promises.react(promise, onFulfilled, onRejected);
}

function uponFulfillment(promise, onFulfilled) {
  uponPromise(promise, onFulfilled, undefined);
}

function uponRejection(promise, onRejected) {
  uponPromise(promise, undefined, onRejected);
}

/// "The result of reacting to promise": the derived promise itself.
function transformPromiseWith(promise, onFulfilled, onRejected) {
  return PerformPromiseThen(promise, onFulfilled, onRejected);
}

/// WebIDL "invoke" a callback whose return type is a promise: a throw becomes a rejected
/// promise, any other result "a promise resolved with" it.
function promiseCall(fn, thisArg, args) {
  try {
    return promiseResolvedWith(ReflectApply(fn, thisArg, args));
  } catch (error) {
    return promiseRejectedWith(error);
  }
}

function queueMicrotask(callback) {
  queueMicrotaskFn(callback);
}

// ---- Lists used as queues --------------------------------------------------------------------

/// A FIFO list with O(1) push and shift: the streams' queues, read requests and write
/// requests can grow to many thousands of entries, and Array.prototype.shift is O(n).
/// `length` is a data property; `peek()` is list[0] and `at(i)` list[i].
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
    this.length = 0;
  }

  push(value) {
    this.items.push(value);
    this.length++;
  }

  shift() {
    const items = this.items;
    const head = this.head;
    const value = items[head];
    if (--this.length === 0) {
      // Emptied. A queue that holds a chunk or two at a time (most of them) starts over in
      // place, so that the next push reuses the array's storage; one that grew long gets a
      // fresh array, so that the long one's storage is not kept for the stream's lifetime.
      if (items.length <= 16) items.length = 0;
      else this.items = [];
      this.head = 0;
      return value;
    }
    items[head] = undefined;
    this.head = head + 1;
    if (head >= 1023 && (head + 1) * 2 >= items.length) {
      this.items = items.slice(head + 1);
      this.head = 0;
    }
    return value;
  }

  peek() {
    return this.items[this.head];
  }

  at(index) {
    return this.items[this.head + index];
  }
}

// ---- Queue-with-sizes (Streams §8.1) --------------------------------------------------------

/// The containers are slot objects with `queue` and `queueTotalSize`.
function DequeueValue(container) {
  const pair = container.queue.shift();
  container.queueTotalSize -= pair.size;
  if (container.queueTotalSize < 0) container.queueTotalSize = 0;
  return pair.value;
}

function EnqueueValueWithSize(container, value, size) {
  // !IsNonNegativeNumber(size) (NaN fails `size >= 0`), or +∞.
  if (typeof size !== 'number' || !(size >= 0) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  container.queue.push({ __proto__: null, value, size });
  container.queueTotalSize += size;
}

function PeekQueueValue(container) {
  return container.queue.peek().value;
}

function ResetQueue(container) {
  container.queue = new Queue();
  container.queueTotalSize = 0;
}

// ---- Queuing strategies (Streams §7.4) ------------------------------------------------------

function IsNonNegativeNumber(v) {
  return typeof v === 'number' && !NumberIsNaN(v) && v >= 0;
}

/// The QueuingStrategy dictionary (WebIDL conversion, members in order: highWaterMark as an
/// unrestricted double, size as a callback), for the strategy argument named `name`.
function convertQueuingStrategy(strategy, name = 'strategy') {
  if (strategy === undefined || strategy === null) {
    return { __proto__: null, highWaterMark: undefined, size: undefined };
  }
  if (typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', strategy);
  }
  let highWaterMark = strategy.highWaterMark;
  if (highWaterMark !== undefined) highWaterMark = +highWaterMark;
  const size = strategy.size;
  if (size !== undefined && typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${name}.size`, 'Function', size);
  }
  return { __proto__: null, highWaterMark, size };
}

// Node: lib/internal/webstreams/util.js extractHighWaterMark
function ExtractHighWaterMark(strategy, defaultHWM) {
  const highWaterMark = strategy.highWaterMark;
  if (highWaterMark === undefined) return defaultHWM;
  if (NumberIsNaN(highWaterMark) || highWaterMark < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  }
  return highWaterMark;
}

function defaultSizeAlgorithm() {
  return 1;
}

// Node: lib/internal/webstreams/util.js extractSizeAlgorithm
function ExtractSizeAlgorithm(strategy) {
  const size = strategy.size;
  if (size === undefined) return defaultSizeAlgorithm;
  return (chunk) => ReflectApply(size, undefined, [chunk]);
}

// ---- WebIDL conversions ---------------------------------------------------------------------

/// A dictionary member of a callback function type: undefined, or something callable.
function convertCallback(value, name) {
  if (value !== undefined && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
  return value;
}

/// A dictionary argument: undefined and null are the empty dictionary, other non-objects a
/// TypeError.
function convertDictionary(value, name) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
  return value;
}

/// [EnforceRange] unsigned long long (WebIDL §3.2.4.9 ConvertToInt with EnforceRange).
function convertEnforceRangeUnsignedLongLong(value, name) {
  const x = +value;
  if (NumberIsNaN(x) || x === Infinity || x === -Infinity) throw new ERR_INVALID_ARG_VALUE(name, value);
  const n = MathTrunc(x);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) throw new ERR_INVALID_ARG_VALUE(name, value);
  return n === 0 ? 0 : n;
}

// ---- ArrayBuffers and views (Streams §8.3) --------------------------------------------------

function isArrayBuffer(value) {
  try {
    ReflectApply(ArrayBufferByteLengthGetter, value, []);
    return true;
  } catch {
    return false;
  }
}

function isSharedArrayBuffer(value) {
  if (SharedArrayBufferByteLengthGetter === undefined) return false;
  try {
    ReflectApply(SharedArrayBufferByteLengthGetter, value, []);
    return true;
  } catch {
    return false;
  }
}

/// [[TypedArrayName]] of a typed array, undefined for anything else.
function typedArrayName(value) {
  return ReflectApply(TypedArrayToStringTagGetter, value, []);
}

function isDataView(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    ReflectApply(DataViewByteLengthGetter, value, []);
    return true;
  } catch (error) {
    // A DataView over a detached buffer throws from byteLength, but is one.
    try {
      ReflectApply(DataViewBufferGetter, value, []);
      return true;
    } catch {
      return false;
    }
  }
}

function isArrayBufferView(value) {
  return typedArrayName(value) !== undefined || isDataView(value);
}

function ArrayBufferViewGetBuffer(view) {
  if (typedArrayName(view) !== undefined) return ReflectApply(TypedArrayBufferGetter, view, []);
  return ReflectApply(DataViewBufferGetter, view, []);
}

function ArrayBufferViewGetByteOffset(view) {
  if (typedArrayName(view) !== undefined) return ReflectApply(TypedArrayByteOffsetGetter, view, []);
  try {
    return ReflectApply(DataViewByteOffsetGetter, view, []);
  } catch {
    return 0;
  }
}

function ArrayBufferViewGetByteLength(view) {
  if (typedArrayName(view) !== undefined) return ReflectApply(TypedArrayByteLengthGetter, view, []);
  try {
    return ReflectApply(DataViewByteLengthGetter, view, []);
  } catch {
    return 0;
  }
}

function TypedArrayGetLength(view) {
  return ReflectApply(TypedArrayLengthGetter, view, []);
}

function ArrayBufferGetByteLength(buffer) {
  if (isSharedArrayBuffer(buffer)) return ReflectApply(SharedArrayBufferByteLengthGetter, buffer, []);
  return ReflectApply(ArrayBufferByteLengthGetter, buffer, []);
}

function IsDetachedBuffer(buffer) {
  if (isSharedArrayBuffer(buffer)) return false;
  if (ArrayBufferDetachedGetter !== undefined) return ReflectApply(ArrayBufferDetachedGetter, buffer, []);
  // Engines without ArrayBuffer.prototype.detached: only a detached buffer refuses a view.
  if (ReflectApply(ArrayBufferByteLengthGetter, buffer, []) !== 0) return false;
  try {
    new Uint8ArrayCtor(buffer);
    return false;
  } catch {
    return true;
  }
}

function IsResizableBuffer(buffer) {
  if (ArrayBufferResizableGetter === undefined || isSharedArrayBuffer(buffer)) return false;
  return ReflectApply(ArrayBufferResizableGetter, buffer, []);
}

/// An ArrayBuffer that can be detached: not shared, not detached, not resizable and not
/// bound to a detach key (WebAssembly memory, which this runtime does not have).
function CanTransferArrayBuffer(buffer) {
  return !isSharedArrayBuffer(buffer) && !IsDetachedBuffer(buffer);
}

// Streams §8.3 TransferArrayBuffer: detaches `buffer` and returns a new ArrayBuffer owning
// its bytes.
function TransferArrayBuffer(buffer) {
  if (ArrayBufferPrototypeTransferFn !== undefined) {
    try {
      return ReflectApply(ArrayBufferPrototypeTransferFn, buffer, []);
    } catch {
      throw new ERR_OPERATION_FAILED.TypeError('The ArrayBuffer could not be transferred');
    }
  }
  // Engines without ArrayBuffer.prototype.transfer.
  try {
    return structuredCloneFn(buffer, { transfer: [buffer] });
  } catch {
    throw new ERR_OPERATION_FAILED.TypeError('The ArrayBuffer could not be transferred');
  }
}

function ArrayBufferSlice(buffer, begin, end) {
  return ReflectApply(ArrayBufferPrototypeSliceFn, buffer, [begin, end]);
}

// Streams §8.3 CloneAsUint8Array.
function CloneAsUint8Array(view) {
  const buffer = ArrayBufferViewGetBuffer(view);
  const byteOffset = ArrayBufferViewGetByteOffset(view);
  const byteLength = ArrayBufferViewGetByteLength(view);
  return new Uint8ArrayCtor(ArrayBufferSlice(buffer, byteOffset, byteOffset + byteLength));
}

// Streams §8.3 CanCopyDataBlockBytes.
function CanCopyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  if (toBuffer === fromBuffer) return false;
  if (IsDetachedBuffer(toBuffer) || IsDetachedBuffer(fromBuffer)) return false;
  if (toIndex + count > ArrayBufferGetByteLength(toBuffer)) return false;
  if (fromIndex + count > ArrayBufferGetByteLength(fromBuffer)) return false;
  return true;
}

// ECMA-262 CopyDataBlockBytes between two ArrayBuffers.
function CopyDataBlockBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  const target = new Uint8ArrayCtor(toBuffer, toIndex, count);
  const source = new Uint8ArrayCtor(fromBuffer, fromIndex, count);
  ReflectApply(TypedArrayPrototypeSetFn, target, [source]);
}

/// Construct(ctor, « buffer, byteOffset, length ») for the view constructor of a pull-into
/// descriptor (a typed array constructor or %DataView%).
function constructView(ctor, buffer, byteOffset, length) {
  return new ctor(buffer, byteOffset, length);
}

function structuredClone(value) {
  return structuredCloneFn(value);
}

// ---- util.inspect ---------------------------------------------------------------------------

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

/// `Name { ...data }` as Node prints the stream classes. As in Node, the function is called
/// without a receiver, so below the depth limit it gives `undefined` (what Node prints for
/// a nested stream past the depth).
// Node: lib/internal/webstreams/util.js customInspect
function customInspect(depth, options, name, data) {
  if (depth < 0) return this;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// ---- Property helpers -----------------------------------------------------------------------

const kEnumerableProperty = { __proto__: null, enumerable: true };

/// Makes the accessors and methods listed in `names` enumerable (WebIDL attributes and
/// operations are) and sets @@toStringTag.
function defineInterface(ctor, names, tag = ctor.name) {
  const proto = ctor.prototype;
  for (const name of names) ObjectDefineProperty(proto, name, kEnumerableProperty);
  ObjectDefineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

/// Errors Node gives for the spec's TypeErrors about a lock or a state.
function invalidState(message) {
  return new ERR_INVALID_STATE.TypeError(message);
}

module.exports = {
  // intrinsics
  ReflectApply,
  ReflectGet,
  ObjectCreate,
  MathMin,
  MathMax,
  ArrayBufferCtor,
  DataViewCtor,
  Uint8ArrayCtor,
  AsyncIteratorPrototype,
  typedArrayConstructors,
  // slots
  kState,
  kType,
  isBrandCheck,
  // promises
  PerformPromiseThen,
  promiseResolvedWith,
  promiseRejectedWith,
  createDeferred,
  createTrackedDeferred,
  createResolvedDeferred,
  createRejectedDeferred,
  setPromiseIsHandledToTrue,
  uponPromise,
  uponFulfillment,
  uponRejection,
  transformPromiseWith,
  promiseCall,
  queueMicrotask,
  noop,
  // queues
  Queue,
  DequeueValue,
  EnqueueValueWithSize,
  PeekQueueValue,
  ResetQueue,
  // strategies
  IsNonNegativeNumber,
  convertQueuingStrategy,
  ExtractHighWaterMark,
  ExtractSizeAlgorithm,
  defaultSizeAlgorithm,
  // WebIDL
  convertCallback,
  convertDictionary,
  convertEnforceRangeUnsignedLongLong,
  // buffers
  isArrayBuffer,
  isSharedArrayBuffer,
  isDataView,
  isArrayBufferView,
  typedArrayName,
  ArrayBufferViewGetBuffer,
  ArrayBufferViewGetByteOffset,
  ArrayBufferViewGetByteLength,
  ArrayBufferGetByteLength,
  TypedArrayGetLength,
  IsDetachedBuffer,
  IsResizableBuffer,
  CanTransferArrayBuffer,
  TransferArrayBuffer,
  ArrayBufferSlice,
  CloneAsUint8Array,
  CanCopyDataBlockBytes,
  CopyDataBlockBytes,
  constructView,
  structuredClone,
  // inspect and properties
  customInspectSymbol,
  customInspect,
  kEnumerableProperty,
  defineInterface,
  invalidState,
};
