// internal/webstreams/readablestream (Node: lib/internal/webstreams/readablestream.js):
// ReadableStream, its readers (ReadableStreamDefaultReader, ReadableStreamBYOBReader), its
// controllers (ReadableStreamDefaultController, ReadableByteStreamController) and
// ReadableStreamBYOBRequest (Streams Standard §4), with pipeTo/pipeThrough, tee (also of
// byte streams), async iteration and ReadableStream.from.
//
// The code follows the standard's algorithms, under their names; each object's internal
// slots are the plain object at obj[kState]. The abstract operations are exported for the
// rest of the runtime (TransformStream, TextDecoderStream, and later the cross-realm
// transform that makes streams transferable through MessagePorts: SetUpCrossRealmTransform-
// Readable/Writable are built from CreateReadableStream, ReadableStreamDefaultController-
// Enqueue/Close/Error, ReadableStreamDefaultReaderRead and ReadableStreamPipeTo).
'use strict';

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const {
  ReflectApply,
  ObjectCreate,
  MathMin,
  ArrayBufferCtor,
  DataViewCtor,
  Uint8ArrayCtor,
  AsyncIteratorPrototype,
  typedArrayConstructors,
  kState,
  kType,
  isBrandCheck,
  Queue,
  PerformPromiseThen,
  promiseResolvedWith,
  promiseRejectedWith,
  createDeferred,
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
  DequeueValue,
  EnqueueValueWithSize,
  ResetQueue,
  convertQueuingStrategy,
  ExtractHighWaterMark,
  ExtractSizeAlgorithm,
  defaultSizeAlgorithm,
  convertCallback,
  convertDictionary,
  convertEnforceRangeUnsignedLongLong,
  isSharedArrayBuffer,
  isArrayBufferView,
  typedArrayName,
  ArrayBufferViewGetBuffer,
  ArrayBufferViewGetByteOffset,
  ArrayBufferViewGetByteLength,
  ArrayBufferGetByteLength,
  TypedArrayGetLength,
  IsDetachedBuffer,
  IsResizableBuffer,
  TransferArrayBuffer,
  ArrayBufferSlice,
  CloneAsUint8Array,
  CanCopyDataBlockBytes,
  CopyDataBlockBytes,
  constructView,
  structuredClone,
  customInspectSymbol,
  customInspect,
  defineInterface,
  invalidState,
} = require('internal/webstreams/util');

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

const {
  isWritableStream,
  AcquireWritableStreamDefaultWriter,
  IsWritableStreamLocked,
  WritableStreamAbort,
  WritableStreamCloseQueuedOrInFlight,
  WritableStreamDefaultWriterCloseWithErrorPropagation,
  WritableStreamDefaultWriterRelease,
  WritableStreamDefaultWriterGetDesiredSize,
  WritableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');

let abortSignalHelpers;
function lazyAbortSignal() {
  if (abortSignalHelpers === undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    const { kResistStopPropagation } = require('internal/event_target');
    const abortedGetter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
    const reasonGetter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get;
    const { addEventListener, removeEventListener } = AbortSignal.prototype;
    abortSignalHelpers = { abortedGetter, reasonGetter, addEventListener, removeEventListener, kResistStopPropagation };
  }
  return abortSignalHelpers;
}

function isAbortSignal(value) {
  try {
    ReflectApply(lazyAbortSignal().abortedGetter, value, []);
    return true;
  } catch {
    return false;
  }
}

const SymbolAsyncIterator = Symbol.asyncIterator;
const SymbolIterator = Symbol.iterator;

const isReadableStream = isBrandCheck('ReadableStream');
const isReadableStreamDefaultReader = isBrandCheck('ReadableStreamDefaultReader');
const isReadableStreamBYOBReader = isBrandCheck('ReadableStreamBYOBReader');
const isReadableStreamDefaultController = isBrandCheck('ReadableStreamDefaultController');
const isReadableByteStreamController = isBrandCheck('ReadableByteStreamController');
const isReadableStreamBYOBRequest = isBrandCheck('ReadableStreamBYOBRequest');
const isReadableStreamAsyncIterator = isBrandCheck('ReadableStreamAsyncIterator');

// ---- Errors with Node's messages ----------------------------------------------------------

function readerReleasedError() {
  return invalidState('Reader released');
}

function readerReleasingError() {
  return invalidState('Releasing reader');
}

function readerUnattachedError() {
  return invalidState('The reader is not attached to a stream');
}

/// WebIDL ArrayBufferView conversion (no [AllowShared], no [AllowResizable]). Node names
/// the argument `name` when it is not a view at all, `valueName` when its buffer is wrong.
function convertArrayBufferView(view, name, valueName = name) {
  if (!isArrayBufferView(view)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], view);
  }
  const buffer = ArrayBufferViewGetBuffer(view);
  if (isSharedArrayBuffer(buffer)) {
    throw new ERR_INVALID_ARG_VALUE(valueName, view, 'must not be backed by a SharedArrayBuffer');
  }
  if (IsResizableBuffer(buffer)) {
    throw new ERR_INVALID_ARG_VALUE(valueName, view, 'must not be backed by a resizable ArrayBuffer');
  }
  return view;
}

// ---- ReadableStream (§4.2) ----------------------------------------------------------------

/// The UnderlyingSource dictionary (members in WebIDL order: autoAllocateChunkSize, cancel,
/// pull, start, type).
function convertUnderlyingSource(source) {
  if (source === null) return { __proto__: null };
  const autoAllocateChunkSize = source.autoAllocateChunkSize;
  const dict = {
    __proto__: null,
    autoAllocateChunkSize: autoAllocateChunkSize === undefined ? undefined :
      convertEnforceRangeUnsignedLongLong(autoAllocateChunkSize, 'source.autoAllocateChunkSize'),
    cancel: convertCallback(source.cancel, 'source.cancel'),
    pull: convertCallback(source.pull, 'source.pull'),
    start: convertCallback(source.start, 'source.start'),
    type: source.type,
  };
  if (dict.type !== undefined) {
    const type = `${dict.type}`;
    if (type !== 'bytes') throw new ERR_INVALID_ARG_VALUE('source.type', dict.type);
    dict.type = type;
  }
  return dict;
}

/// StreamPipeOptions (members in WebIDL order).
function convertPipeOptions(options) {
  options = convertDictionary(options, 'options');
  if (options === undefined) {
    return { __proto__: null, preventAbort: false, preventCancel: false, preventClose: false, signal: undefined };
  }
  const preventAbort = !!options.preventAbort;
  const preventCancel = !!options.preventCancel;
  const preventClose = !!options.preventClose;
  const signal = options.signal;
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { __proto__: null, preventAbort, preventCancel, preventClose, signal };
}

// Node: lib/internal/webstreams/readablestream.js ReadableStream
class ReadableStream {
  [kType] = 'ReadableStream';

  constructor(underlyingSource = undefined, strategy = undefined) {
    // WebIDL: the `object` argument is checked, then the strategy dictionary converted;
    // the source dictionary is converted by the constructor steps.
    if (underlyingSource !== undefined && !isObject(underlyingSource)) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', underlyingSource);
    }
    const strategyDict = convertQueuingStrategy(strategy);
    if (underlyingSource === undefined) underlyingSource = null;
    const sourceDict = convertUnderlyingSource(underlyingSource);
    InitializeReadableStream(this);
    if (sourceDict.type === 'bytes') {
      if (strategyDict.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategyDict.size);
      }
      const highWaterMark = ExtractHighWaterMark(strategyDict, 0);
      SetUpReadableByteStreamControllerFromUnderlyingSource(this, underlyingSource, sourceDict, highWaterMark);
    } else {
      const sizeAlgorithm = ExtractSizeAlgorithm(strategyDict);
      const highWaterMark = ExtractHighWaterMark(strategyDict, 1);
      SetUpReadableStreamDefaultControllerFromUnderlyingSource(
        this, underlyingSource, sourceDict, highWaterMark, sizeAlgorithm);
    }
  }

  static from(asyncIterable) {
    return ReadableStreamFromIterable(asyncIterable);
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return IsReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return promiseRejectedWith(new ERR_INVALID_THIS('ReadableStream'));
    if (IsReadableStreamLocked(this)) return promiseRejectedWith(invalidState('ReadableStream is locked'));
    return ReadableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    options = convertDictionary(options, 'options');
    const mode = options === undefined ? undefined : options.mode;
    if (mode === undefined) return AcquireReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return AcquireReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = isObject(transform) ? transform.readable : undefined;
    if (!isReadableStream(readable)) throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    const writable = transform.writable;
    if (!isWritableStream(writable)) throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    const { preventAbort, preventCancel, preventClose, signal } = convertPipeOptions(options);
    if (IsReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
    if (IsWritableStreamLocked(writable)) throw invalidState('The WritableStream is locked');
    const promise = ReadableStreamPipeTo(this, writable, preventClose, preventAbort, preventCancel, signal);
    setPromiseIsHandledToTrue(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = convertPipeOptions(options);
      if (IsReadableStreamLocked(this)) throw invalidState('The ReadableStream is locked');
      if (IsWritableStreamLocked(destination)) throw invalidState('The WritableStream is locked');
      return ReadableStreamPipeTo(this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return promiseRejectedWith(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return ReadableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    options = convertDictionary(options, 'options');
    const preventCancel = options === undefined ? false : !!options.preventCancel;
    return createReadableStreamAsyncIterator(this, preventCancel);
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: state.state,
      supportsBYOB: isReadableByteStreamController(state.controller),
    });
  }
}

Object.defineProperty(ReadableStream.prototype, SymbolAsyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, enumerable: false, configurable: true,
});
defineInterface(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream, 'from', { __proto__: null, enumerable: true });

// ---- Asynchronous iteration (§4.2.5, WebIDL §3.7.10.2 default asynchronous iterators) -----

/// %ReadableStreamAsyncIteratorPrototype%: next() and return() queue behind the ongoing
/// promise, as WebIDL's asynchronous iterator prototype objects do.
const ReadableStreamAsyncIteratorPrototype = ObjectCreate(AsyncIteratorPrototype, {
  next: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function next() {
      if (!isReadableStreamAsyncIterator(this)) {
        return promiseRejectedWith(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const iterator = this[kState];
      // The steps depend on the iterator only: made on its first next().
      const nextSteps = iterator.nextSteps ??= () => asyncIteratorNextSteps(iterator);
      iterator.ongoingPromise = iterator.ongoingPromise !== undefined ?
        PerformPromiseThen(iterator.ongoingPromise, nextSteps, nextSteps) :
        nextSteps();
      return iterator.ongoingPromise;
    },
  },
  return: {
    __proto__: null, writable: true, enumerable: true, configurable: true,
    value: function (value) {
      if (!isReadableStreamAsyncIterator(this)) {
        return promiseRejectedWith(new ERR_INVALID_THIS('ReadableStreamAsyncIterator'));
      }
      const iterator = this[kState];
      const returnSteps = () => asyncIteratorReturnSteps(iterator, value);
      iterator.ongoingPromise = iterator.ongoingPromise !== undefined ?
        PerformPromiseThen(iterator.ongoingPromise, returnSteps, returnSteps) :
        returnSteps();
      return PerformPromiseThen(iterator.ongoingPromise, () => ({ done: true, value }), undefined);
    },
  },
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStream AsyncIterator', configurable: true },
});
Object.defineProperty(ReadableStreamAsyncIteratorPrototype.return, 'name', { __proto__: null, value: 'return' });

const endOfIteration = { __proto__: null };

// §4.2.5 asynchronous iterator initialization steps
function createReadableStreamAsyncIterator(stream, preventCancel) {
  const reader = AcquireReadableStreamDefaultReader(stream);
  // The slots are not enumerable, so that util.inspect shows the iterator as empty.
  return ObjectCreate(ReadableStreamAsyncIteratorPrototype, {
    [kType]: { __proto__: null, value: 'ReadableStreamAsyncIterator' },
    [kState]: {
      __proto__: null,
      value: {
        __proto__: null, reader, preventCancel, ongoingPromise: undefined, isFinished: false,
        // The iterator's steps, made once (asyncIteratorNextSteps).
        nextSteps: undefined, onNext: undefined, onNextError: undefined, releaseReader: undefined,
      },
    },
  });
}

function asyncIteratorNextSteps(iterator) {
  // Node's key order for the iteration results: { done, value } when done.
  if (iterator.isFinished) return promiseResolvedWith({ done: true, value: undefined });
  const nextPromise = ReadableStreamAsyncIteratorGetNext(iterator);
  if (iterator.onNext === undefined) {
    iterator.onNext = (next) => {
      iterator.ongoingPromise = undefined;
      if (next === endOfIteration) {
        iterator.isFinished = true;
        return { done: true, value: undefined };
      }
      return { value: next, done: false };
    };
    iterator.onNextError = (reason) => {
      iterator.ongoingPromise = undefined;
      iterator.isFinished = true;
      throw reason;
    };
  }
  return PerformPromiseThen(nextPromise, iterator.onNext, iterator.onNextError);
}

function asyncIteratorReturnSteps(iterator, value) {
  if (iterator.isFinished) return promiseResolvedWith({ done: true, value });
  iterator.isFinished = true;
  return ReadableStreamAsyncIteratorReturn(iterator, value);
}

// §4.2.5 get the next iteration result
function ReadableStreamAsyncIteratorGetNext(iterator) {
  const reader = iterator.reader;
  const releaseReader = iterator.releaseReader ??= () => ReadableStreamDefaultReaderRelease(reader);
  return readWithPromise(reader, toIterationResult, releaseReader);
}

// §4.2.5 asynchronous iterator return
function ReadableStreamAsyncIteratorReturn(iterator, arg) {
  const reader = iterator.reader;
  if (reader[kState].stream === undefined) {
    return promiseRejectedWith(invalidState('The reader is not bound to a ReadableStream'));
  }
  if (!iterator.preventCancel) {
    const result = ReadableStreamReaderGenericCancel(reader, arg);
    ReadableStreamDefaultReaderRelease(reader);
    return result;
  }
  ReadableStreamDefaultReaderRelease(reader);
  return promiseResolvedWith(undefined);
}

// ---- ReadableStreamGenericReader (§4.3) ---------------------------------------------------

function genericReaderClosed(reader, name, check) {
  if (!check(reader)) return promiseRejectedWith(new ERR_INVALID_THIS(name));
  return reader[kState].closedPromise.promise;
}

function genericReaderCancel(reader, name, check, reason) {
  if (!check(reader)) return promiseRejectedWith(new ERR_INVALID_THIS(name));
  if (reader[kState].stream === undefined) return promiseRejectedWith(readerUnattachedError());
  return ReadableStreamReaderGenericCancel(reader, reason);
}

// ---- ReadableStreamDefaultReader (§4.4) ---------------------------------------------------

function newDefaultReaderSlots() {
  return { __proto__: null, stream: undefined, closedPromise: undefined, readRequests: new Queue() };
}

// Node: lib/internal/webstreams/readablestream.js ReadableStreamDefaultReader
class ReadableStreamDefaultReader {
  [kType] = 'ReadableStreamDefaultReader';

  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = newDefaultReaderSlots();
    SetUpReadableStreamDefaultReader(this, stream);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return promiseRejectedWith(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) return promiseRejectedWith(readerUnattachedError());
    return readWithPromise(this, toReadResult);
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    ReadableStreamDefaultReaderRelease(this);
  }

  get closed() {
    return genericReaderClosed(this, 'ReadableStreamDefaultReader', isReadableStreamDefaultReader);
  }

  cancel(reason = undefined) {
    return genericReaderCancel(this, 'ReadableStreamDefaultReader', isReadableStreamDefaultReader, reason);
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], {
      stream: state.stream,
      readRequests: state.readRequests.length,
      close: state.closedPromise.promise,
    });
  }
}

defineInterface(ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel']);

const toReadResult = (chunk, done) => ({ value: chunk, done });
const toIterationResult = (chunk, done) => (done ? endOfIteration : chunk);

/// ReadableStreamDefaultReaderRead with a read request that settles a promise with
/// `toResult(chunk, done)`, or rejects it, after calling `onEnd()` (if given) when the
/// stream closes or errors. When the read completes at once (a chunk was queued), the
/// promise is made already settled, which saves making a pending one; nothing can tell
/// the two apart.
function readWithPromise(reader, toResult, onEnd = undefined) {
  const request = new PromiseReadRequest(toResult, onEnd);
  ReadableStreamDefaultReaderRead(reader, request);
  if (request.settled) {
    if (request.isError) return promiseRejectedWith(request.outcome);
    return promiseResolvedWith(request.outcome);
  }
  request.deferred = createDeferred();
  return request.deferred.promise;
}

/// readWithPromise's read request: its steps are methods (the streams call a read request's
/// steps as methods), so a read makes one object rather than a closure per step.
class PromiseReadRequest {
  constructor(toResult, onEnd) {
    this.toResult = toResult;
    this.onEnd = onEnd;
    // Made once the read did not complete at once.
    this.deferred = undefined;
    // The outcome of a read that completed at once.
    this.settled = false;
    this.isError = false;
    this.outcome = undefined;
  }

  settle(error, value) {
    const deferred = this.deferred;
    if (deferred !== undefined) {
      if (error) deferred.reject(value);
      else deferred.resolve(value);
      return;
    }
    this.settled = true;
    this.isError = error;
    this.outcome = value;
  }

  chunkSteps(chunk) {
    const toResult = this.toResult;
    this.settle(false, toResult(chunk, false));
  }

  closeSteps() {
    if (this.onEnd !== undefined) this.onEnd();
    const toResult = this.toResult;
    this.settle(false, toResult(undefined, true));
  }

  errorSteps(e) {
    if (this.onEnd !== undefined) this.onEnd();
    this.settle(true, e);
  }
}
Object.setPrototypeOf(PromiseReadRequest.prototype, null);

// ---- ReadableStreamBYOBReader (§4.5) ------------------------------------------------------

function newBYOBReaderSlots() {
  return { __proto__: null, stream: undefined, closedPromise: undefined, readIntoRequests: new Queue() };
}

// Node: lib/internal/webstreams/readablestream.js ReadableStreamBYOBReader
class ReadableStreamBYOBReader {
  [kType] = 'ReadableStreamBYOBReader';

  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    this[kState] = newBYOBReaderSlots();
    SetUpReadableStreamBYOBReader(this, stream);
  }

  read(view, options = undefined) {
    try {
      if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
      convertArrayBufferView(view, 'view');
      options = convertDictionary(options, 'options');
      let min = options === undefined ? undefined : options.min;
      min = min === undefined ? 1 : convertEnforceRangeUnsignedLongLong(min, 'options.min');
      const byteLength = ArrayBufferViewGetByteLength(view);
      const buffer = ArrayBufferViewGetBuffer(view);
      if (byteLength === 0 || ArrayBufferGetByteLength(buffer) === 0 || IsDetachedBuffer(buffer)) {
        throw invalidState('View or Viewed ArrayBuffer is zero-length or detached');
      }
      if (min === 0) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
      if (typedArrayName(view) !== undefined) {
        if (min > TypedArrayGetLength(view)) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
      } else if (min > byteLength) {
        throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
      }
      if (this[kState].stream === undefined) throw readerUnattachedError();
      const promise = createDeferred();
      ReadableStreamBYOBReaderRead(this, view, min, {
        chunkSteps: (chunk) => promise.resolve({ value: chunk, done: false }),
        closeSteps: (chunk) => promise.resolve({ value: chunk, done: true }),
        errorSteps: (e) => promise.reject(e),
      });
      return promise.promise;
    } catch (error) {
      return promiseRejectedWith(error);
    }
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    ReadableStreamBYOBReaderRelease(this);
  }

  get closed() {
    return genericReaderClosed(this, 'ReadableStreamBYOBReader', isReadableStreamBYOBReader);
  }

  cancel(reason = undefined) {
    return genericReaderCancel(this, 'ReadableStreamBYOBReader', isReadableStreamBYOBReader, reason);
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], {
      stream: state.stream,
      readIntoRequests: state.readIntoRequests.length,
      close: state.closedPromise.promise,
    });
  }
}

defineInterface(ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel']);

// ---- ReadableStreamDefaultController (§4.6) -----------------------------------------------

// Node: lib/internal/webstreams/readablestream.js ReadableStreamDefaultController
class ReadableStreamDefaultController {
  [kType] = 'ReadableStreamDefaultController';

  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return ReadableStreamDefaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    ReadableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(this)) throw invalidState('Controller is already closed');
    ReadableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isReadableStreamDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    ReadableStreamDefaultControllerError(this, e);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

defineInterface(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error']);

// §4.6.4 [[CancelSteps]]
function ReadableStreamDefaultControllerCancelSteps(controller, reason) {
  const slots = controller[kState];
  ResetQueue(slots);
  const result = slots.cancelAlgorithm(reason);
  ReadableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

// §4.6.4 [[PullSteps]]
function ReadableStreamDefaultControllerPullSteps(controller, readRequest) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (slots.queue.length > 0) {
    const chunk = DequeueValue(slots);
    if (slots.closeRequested && slots.queue.length === 0) {
      ReadableStreamDefaultControllerClearAlgorithms(controller);
      ReadableStreamClose(stream);
    } else {
      ReadableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunkSteps(chunk);
  } else {
    ReadableStreamAddReadRequest(stream, readRequest);
    ReadableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

// §4.6.4 [[ReleaseSteps]]
function ReadableStreamDefaultControllerReleaseSteps() {}

// ---- ReadableByteStreamController (§4.7) --------------------------------------------------

// Node: lib/internal/webstreams/readablestream.js ReadableByteStreamController
class ReadableByteStreamController {
  [kType] = 'ReadableByteStreamController';

  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return ReadableByteStreamControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return ReadableByteStreamControllerGetDesiredSize(this);
  }

  close() {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const slots = this[kState];
    if (slots.closeRequested) throw invalidState('Controller is already closed');
    if (slots.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    ReadableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    convertArrayBufferView(chunk, 'buffer', 'chunk');
    const slots = this[kState];
    if (ArrayBufferViewGetByteLength(chunk) === 0 ||
        ArrayBufferGetByteLength(ArrayBufferViewGetBuffer(chunk)) === 0) {
      throw invalidState('chunk ArrayBuffer is zero-length or detached');
    }
    if (slots.closeRequested) throw invalidState('Controller is already closed');
    if (slots.stream[kState].state !== 'readable') throw invalidState('ReadableStream is already closed');
    ReadableByteStreamControllerEnqueue(this, chunk);
  }

  error(e = undefined) {
    if (!isReadableByteStreamController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    ReadableByteStreamControllerError(this, e);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {});
  }
}

defineInterface(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

// §4.7.4 [[CancelSteps]]
function ReadableByteStreamControllerCancelSteps(controller, reason) {
  ReadableByteStreamControllerClearPendingPullIntos(controller);
  const slots = controller[kState];
  ResetQueue(slots);
  const result = slots.cancelAlgorithm(reason);
  ReadableByteStreamControllerClearAlgorithms(controller);
  return result;
}

// §4.7.4 [[PullSteps]]
function ReadableByteStreamControllerPullSteps(controller, readRequest) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (slots.queueTotalSize > 0) {
    ReadableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  const autoAllocateChunkSize = slots.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBufferCtor(autoAllocateChunkSize);
    } catch (error) {
      readRequest.errorSteps(error);
      return;
    }
    slots.pendingPullIntos.push({
      __proto__: null,
      buffer,
      bufferByteLength: autoAllocateChunkSize,
      byteOffset: 0,
      byteLength: autoAllocateChunkSize,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8ArrayCtor,
      readerType: 'default',
    });
  }
  ReadableStreamAddReadRequest(stream, readRequest);
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

// §4.7.4 [[ReleaseSteps]]
function ReadableByteStreamControllerReleaseSteps(controller) {
  const slots = controller[kState];
  if (slots.pendingPullIntos.length > 0) {
    const firstPendingPullInto = slots.pendingPullIntos.peek();
    firstPendingPullInto.readerType = 'none';
    slots.pendingPullIntos = new Queue();
    slots.pendingPullIntos.push(firstPendingPullInto);
  }
}

// ---- ReadableStreamBYOBRequest (§4.8) -----------------------------------------------------

// Node: lib/internal/webstreams/readablestream.js ReadableStreamBYOBRequest
class ReadableStreamBYOBRequest {
  [kType] = 'ReadableStreamBYOBRequest';

  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    bytesWritten = convertEnforceRangeUnsignedLongLong(bytesWritten, 'bytesWritten');
    const { controller, view } = this[kState];
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (IsDetachedBuffer(ArrayBufferViewGetBuffer(view))) throw invalidState('Viewed ArrayBuffer is detached');
    ReadableByteStreamControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    convertArrayBufferView(view, 'view');
    const controller = this[kState].controller;
    if (controller === undefined) throw invalidState('This BYOB request has been invalidated');
    if (IsDetachedBuffer(ArrayBufferViewGetBuffer(view))) throw invalidState('Viewed ArrayBuffer is detached');
    ReadableByteStreamControllerRespondWithNewView(controller, view);
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], { view: state.view, controller: state.controller });
  }
}

defineInterface(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView']);

// ---- Working with readable streams (§4.9.1) -----------------------------------------------

function AcquireReadableStreamBYOBReader(stream) {
  const reader = ObjectCreate(ReadableStreamBYOBReader.prototype);
  reader[kType] = 'ReadableStreamBYOBReader';
  reader[kState] = newBYOBReaderSlots();
  SetUpReadableStreamBYOBReader(reader, stream);
  return reader;
}

function AcquireReadableStreamDefaultReader(stream) {
  const reader = ObjectCreate(ReadableStreamDefaultReader.prototype);
  reader[kType] = 'ReadableStreamDefaultReader';
  reader[kState] = newDefaultReaderSlots();
  SetUpReadableStreamDefaultReader(reader, stream);
  return reader;
}

function newReadableStreamObject() {
  const stream = ObjectCreate(ReadableStream.prototype);
  stream[kType] = 'ReadableStream';
  InitializeReadableStream(stream);
  return stream;
}

/// A ReadableStream with a default controller driven by the given algorithms (Streams §4.9.1
/// CreateReadableStream; the "set up" of other specifications).
function CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = defaultSizeAlgorithm) {
  const stream = newReadableStreamObject();
  const controller = createController(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
  SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
  return stream;
}

function CreateReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = newReadableStreamObject();
  const controller = createController(ReadableByteStreamController, 'ReadableByteStreamController');
  SetUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

function createController(ctor, type) {
  const controller = ObjectCreate(ctor.prototype);
  controller[kType] = type;
  return controller;
}

function InitializeReadableStream(stream) {
  stream[kState] = {
    __proto__: null,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  // For node:stream (finished, addAbortSignal): settled when the stream closes or
  // errors, and the function that errors its controller (Node sets both too).
  stream[kIsClosedPromise] = createDeferred();
  stream[kControllerErrorFunction] = noop;
}

function IsReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

// ES GetMethod(V, P): undefined for undefined/null, a TypeError for other non-callables.
function getMethod(value, key, iterable) {
  const func = value[key];
  if (func === undefined || func === null) return undefined;
  if (typeof func !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
  return func;
}

// ES GetIteratorFromMethod
function getIteratorFromMethod(obj, method) {
  const iterator = ReflectApply(method, obj, []);
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw invalidState('The iterator method must return an object');
  }
  return { __proto__: null, iterator, nextMethod: iterator.next, done: false };
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// ES IteratorNext, with Node's message for a non-object result.
function iteratorNext(record) {
  const result = ReflectApply(record.nextMethod, record.iterator, []);
  if (!isObject(result)) {
    throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
  }
  return result;
}

// ES CreateAsyncFromSyncIterator: next() and return() of %AsyncFromSyncIteratorPrototype%,
// which await the sync iterator's values.
function createAsyncFromSyncIterator(syncRecord) {
  const syncIterator = syncRecord.iterator;
  const closeSyncIterator = () => {
    const returnMethod = syncIterator.return;
    if (returnMethod !== undefined && returnMethod !== null) ReflectApply(returnMethod, syncIterator, []);
  };
  const continuation = (result, closeOnRejection) => {
    const done = !!result.done;
    const value = result.value;
    let valueWrapper;
    try {
      valueWrapper = promiseResolvedWith(value);
    } catch (error) {
      if (!done && closeOnRejection) closeSyncIterator();
      throw error;
    }
    return PerformPromiseThen(valueWrapper, (v) => ({ value: v, done }), (error) => {
      if (!done && closeOnRejection) closeSyncIterator();
      throw error;
    });
  };
  const iterator = {
    next() {
      try {
        return continuation(iteratorNext(syncRecord), true);
      } catch (error) {
        return promiseRejectedWith(error);
      }
    },
    return(value) {
      try {
        const returnMethod = syncIterator.return;
        if (returnMethod === undefined || returnMethod === null) {
          return promiseResolvedWith({ value, done: true });
        }
        const result = ReflectApply(returnMethod, syncIterator, [value]);
        if (!isObject(result)) {
          throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
        }
        return continuation(result, false);
      } catch (error) {
        return promiseRejectedWith(error);
      }
    },
  };
  return { __proto__: null, iterator, nextMethod: iterator.next, done: false };
}

// ES GetIterator(obj, async)
function getAsyncIterator(obj) {
  if (obj === undefined || obj === null) throw new ERR_ARG_NOT_ITERABLE(obj);
  const method = getMethod(obj, SymbolAsyncIterator, obj);
  if (method === undefined) {
    const syncMethod = getMethod(obj, SymbolIterator, obj);
    if (syncMethod === undefined) throw new ERR_ARG_NOT_ITERABLE(obj);
    return createAsyncFromSyncIterator(getIteratorFromMethod(obj, syncMethod));
  }
  return getIteratorFromMethod(obj, method);
}

// §4.9.1 ReadableStreamFromIterable
// Node: lib/internal/webstreams/readablestream.js readableStreamFromIterable
function ReadableStreamFromIterable(asyncIterable) {
  let stream;
  const iteratorRecord = getAsyncIterator(asyncIterable);
  const startAlgorithm = () => undefined;
  const onNextResult = (iterResult) => {
    if (!isObject(iterResult)) {
      throw invalidState('The promise returned by the iterator.next() method must fulfill with an object');
    }
    const done = !!iterResult.done;
    const controller = stream[kState].controller;
    if (done) {
      ReadableStreamDefaultControllerClose(controller);
    } else {
      ReadableStreamDefaultControllerEnqueue(controller, iterResult.value);
    }
  };
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = iteratorNext(iteratorRecord);
    } catch (error) {
      return promiseRejectedWith(error);
    }
    const nextPromise = promiseResolvedWith(nextResult);
    return transformPromiseWith(nextPromise, onNextResult);
  };
  const cancelAlgorithm = (reason) => {
    const iterator = iteratorRecord.iterator;
    let returnResult;
    try {
      const returnMethod = iterator.return;
      if (returnMethod === undefined || returnMethod === null) return promiseResolvedWith(undefined);
      if (typeof returnMethod !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('iterator.return', 'Function', returnMethod);
      }
      returnResult = ReflectApply(returnMethod, iterator, [reason]);
    } catch (error) {
      return promiseRejectedWith(error);
    }
    const returnPromise = promiseResolvedWith(returnResult);
    return transformPromiseWith(returnPromise, (iterResult) => {
      if (!isObject(iterResult)) {
        throw invalidState('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  };
  stream = CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

/// pipeTo's reaction to its signal's reason: Node turns its own AbortError into the
/// DOMException the standard expects.
function pipeAbortError(signal) {
  const reason = ReflectApply(lazyAbortSignal().reasonGetter, signal, []);
  if (reason instanceof AbortError) return new DOMException(reason.message, 'AbortError');
  return reason;
}

// §4.9.1 ReadableStreamPipeTo
// Node: lib/internal/webstreams/readablestream.js readableStreamPipeTo
function ReadableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal = undefined) {
  const reader = AcquireReadableStreamDefaultReader(source);
  const writer = AcquireWritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  // The last write started, to wait for while shutting down.
  let currentWrite = promiseResolvedWith(undefined);
  const promise = createDeferred();
  let abortAlgorithm;

  const sourceState = () => source[kState].state;
  const destState = () => dest[kState].state;

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return transformPromiseWith(currentWrite,
      () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function finalize(isError, error) {
    WritableStreamDefaultWriterRelease(writer);
    ReadableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) {
      const { removeEventListener } = lazyAbortSignal();
      ReflectApply(removeEventListener, signal, ['abort', abortAlgorithm]);
    }
    if (isError) promise.reject(error);
    else promise.resolve(undefined);
  }

  // "Shutdown with an action"
  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      uponPromise(action(), () => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (destState() === 'writable' && !WritableStreamCloseQueuedOrInFlight(dest)) {
      uponFulfillment(waitForWritesToFinish(), doTheRest);
    } else {
      doTheRest();
    }
  }

  // "Shutdown"
  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (destState() === 'writable' && !WritableStreamCloseQueuedOrInFlight(dest)) {
      uponFulfillment(waitForWritesToFinish(), () => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = pipeAbortError(signal);
      const actions = [];
      if (!preventAbort) {
        actions.push(() => {
          if (destState() === 'writable') return WritableStreamAbort(dest, error);
          return promiseResolvedWith(undefined);
        });
      }
      if (!preventCancel) {
        actions.push(() => {
          if (sourceState() === 'readable') return ReadableStreamCancel(source, error);
          return promiseResolvedWith(undefined);
        });
      }
      shutdownWithAnAction(() => waitForAllPromise(actions.map((action) => action())), true, error);
    };
    if (ReflectApply(lazyAbortSignal().abortedGetter, signal, [])) {
      abortAlgorithm();
      return promise.promise;
    }
    const { addEventListener, kResistStopPropagation } = lazyAbortSignal();
    const listenerOptions = { __proto__: null, [kResistStopPropagation]: true };
    ReflectApply(addEventListener, signal, ['abort', abortAlgorithm, listenerOptions]);
  }

  // One read and write: waits while the destination applies backpressure, then reads a
  // chunk and starts writing it. Fulfils with true when the source is done.
  function pipeStep() {
    if (shuttingDown) return promiseResolvedWith(true);
    // Streams §4.9.1 step 15: only reading while the destination's desired size is ≤ 0 is
    // forbidden. With room there, the read starts now rather than a microtask later, so a
    // source whose start() is still settling sees the read before its first pull (as in
    // browsers: WPT streams/transferable/readable-stream.html counts the pulls).
    const desiredSize = WritableStreamDefaultWriterGetDesiredSize(writer);
    if (desiredSize !== null && desiredSize > 0) return readAndWrite();
    return transformPromiseWith(writer[kState].readyPromise.promise, readAndWrite);
  }

  // The loop reads one chunk at a time (the next read starts once this one's promise
  // settles), so one read request serves every read: its steps settle `read`, the deferred
  // of the read in progress, and the chunk waits in `readChunk` for its write.
  let read;
  let readChunk;
  function writeReadChunk() {
    const chunk = readChunk;
    readChunk = undefined;
    if (writer[kState].stream !== undefined) {
      currentWrite = transformPromiseWith(WritableStreamDefaultWriterWrite(writer, chunk), undefined, noop);
    }
    read.resolve(false);
  }
  const readRequest = {
    // The write waits for a microtask: a source's enqueue() never runs the sink's
    // write() synchronously (whatwg/streams#1243, WPT piping/general-addition).
    chunkSteps(chunk) {
      readChunk = chunk;
      queueMicrotask(writeReadChunk);
    },
    closeSteps() { read.resolve(true); },
    errorSteps(e) { read.reject(e); },
  };

  function readAndWrite() {
    read = createDeferred();
    ReadableStreamDefaultReaderRead(reader, readRequest);
    return read.promise;
  }

  function pipeLoop() {
    const loop = createDeferred();
    const next = (done) => {
      if (done) loop.resolve(undefined);
      else uponPromise(pipeStep(), next, loop.reject);
    };
    next(false);
    return loop.promise;
  }

  // Errors must be propagated forward.
  if (sourceState() === 'errored') {
    sourceErrored(source[kState].storedError);
  } else {
    uponRejection(reader[kState].closedPromise.promise, sourceErrored);
  }
  function sourceErrored(storedError) {
    if (!preventAbort) shutdownWithAnAction(() => WritableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  }

  // Errors must be propagated backward.
  if (destState() === 'errored') {
    destErrored(dest[kState].storedError);
  } else {
    uponRejection(writer[kState].closedPromise.promise, destErrored);
  }
  function destErrored(storedError) {
    if (!preventCancel) shutdownWithAnAction(() => ReadableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  }

  // Closing must be propagated forward.
  if (sourceState() === 'closed') {
    sourceClosed();
  } else {
    uponFulfillment(reader[kState].closedPromise.promise, sourceClosed);
  }
  function sourceClosed() {
    if (!preventClose) shutdownWithAnAction(() => WritableStreamDefaultWriterCloseWithErrorPropagation(writer));
    else shutdown();
  }

  // Closing must be propagated backward.
  if (WritableStreamCloseQueuedOrInFlight(dest) || destState() === 'closed') {
    const destClosed = invalidState('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAnAction(() => ReadableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  setPromiseIsHandledToTrue(pipeLoop());
  return promise.promise;
}

// WebIDL "getting a promise to wait for all"
function waitForAllPromise(promises) {
  const result = createDeferred();
  const total = promises.length;
  const values = new Array(total);
  if (total === 0) {
    queueMicrotask(() => result.resolve(values));
    return result.promise;
  }
  let fulfilled = 0;
  let rejected = false;
  for (let i = 0; i < total; i++) {
    PerformPromiseThen(promises[i], (value) => {
      values[i] = value;
      if (++fulfilled === total) result.resolve(values);
    }, (reason) => {
      if (!rejected) {
        rejected = true;
        result.reject(reason);
      }
    });
  }
  return result.promise;
}

// §4.9.1 ReadableStreamTee
function ReadableStreamTee(stream, cloneForBranch2) {
  if (isReadableByteStreamController(stream[kState].controller)) return ReadableByteStreamTee(stream);
  return ReadableStreamDefaultTee(stream, cloneForBranch2);
}

// §4.9.1 ReadableStreamDefaultTee
// Node: lib/internal/webstreams/readablestream.js readableStreamDefaultTee
function ReadableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = AcquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const pullAlgorithm = () => {
    if (reading) {
      readAgain = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        // A microtask later, so that an error of the source, seen through the reader's
        // closed promise, reaches both branches before a chunk available at once does.
        queueMicrotask(() => {
          readAgain = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = structuredClone(chunk2);
            } catch (error) {
              ReadableStreamDefaultControllerError(branch1[kState].controller, error);
              ReadableStreamDefaultControllerError(branch2[kState].controller, error);
              cancelPromise.resolve(ReadableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) ReadableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) ReadableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      closeSteps: () => {
        reading = false;
        if (!canceled1) ReadableStreamDefaultControllerClose(branch1[kState].controller);
        if (!canceled2) ReadableStreamDefaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
    return promiseResolvedWith(undefined);
  };

  const cancel1Algorithm = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(ReadableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  const cancel2Algorithm = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(ReadableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  const startAlgorithm = () => undefined;
  branch1 = CreateReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
  branch2 = CreateReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);

  uponRejection(reader[kState].closedPromise.promise, (r) => {
    ReadableStreamDefaultControllerError(branch1[kState].controller, r);
    ReadableStreamDefaultControllerError(branch2[kState].controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });

  return [branch1, branch2];
}

// §4.9.1 ReadableByteStreamTee
// Node: lib/internal/webstreams/readablestream.js readableByteStreamTee
function ReadableByteStreamTee(stream) {
  let reader = AcquireReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  const controllerOf = (branch) => branch[kState].controller;

  function forwardReaderError(thisReader) {
    uponRejection(thisReader[kState].closedPromise.promise, (r) => {
      if (thisReader !== reader) return;
      ReadableByteStreamControllerError(controllerOf(branch1), r);
      ReadableByteStreamControllerError(controllerOf(branch2), r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function failClone(byobBranch, otherBranch, error) {
    ReadableByteStreamControllerError(controllerOf(byobBranch), error);
    ReadableByteStreamControllerError(controllerOf(otherBranch), error);
    cancelPromise.resolve(ReadableStreamCancel(stream, error));
  }

  function readAgainIfAsked() {
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (isReadableStreamBYOBReader(reader)) {
      ReadableStreamBYOBReaderRelease(reader);
      reader = AcquireReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    ReadableStreamDefaultReaderRead(reader, {
      chunkSteps: (chunk) => {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = CloneAsUint8Array(chunk);
            } catch (error) {
              failClone(branch1, branch2, error);
              return;
            }
          }
          if (!canceled1) ReadableByteStreamControllerEnqueue(controllerOf(branch1), chunk1);
          if (!canceled2) ReadableByteStreamControllerEnqueue(controllerOf(branch2), chunk2);
          reading = false;
          readAgainIfAsked();
        });
      },
      closeSteps: () => {
        reading = false;
        if (!canceled1) ReadableByteStreamControllerClose(controllerOf(branch1));
        if (!canceled2) ReadableByteStreamControllerClose(controllerOf(branch2));
        if (controllerOf(branch1)[kState].pendingPullIntos.length > 0) {
          ReadableByteStreamControllerRespond(controllerOf(branch1), 0);
        }
        if (controllerOf(branch2)[kState].pendingPullIntos.length > 0) {
          ReadableByteStreamControllerRespond(controllerOf(branch2), 0);
        }
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (isReadableStreamDefaultReader(reader)) {
      ReadableStreamDefaultReaderRelease(reader);
      reader = AcquireReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    ReadableStreamBYOBReaderRead(reader, view, 1, {
      chunkSteps: (chunk) => {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = CloneAsUint8Array(chunk);
            } catch (error) {
              failClone(byobBranch, otherBranch, error);
              return;
            }
            if (!byobCanceled) ReadableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
            ReadableByteStreamControllerEnqueue(controllerOf(otherBranch), clonedChunk);
          } else if (!byobCanceled) {
            ReadableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          }
          reading = false;
          readAgainIfAsked();
        });
      },
      closeSteps: (chunk) => {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) ReadableByteStreamControllerClose(controllerOf(byobBranch));
        if (!otherCanceled) ReadableByteStreamControllerClose(controllerOf(otherBranch));
        if (chunk !== undefined) {
          if (!byobCanceled) ReadableByteStreamControllerRespondWithNewView(controllerOf(byobBranch), chunk);
          if (!otherCanceled && controllerOf(otherBranch)[kState].pendingPullIntos.length > 0) {
            ReadableByteStreamControllerRespond(controllerOf(otherBranch), 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      errorSteps: () => {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    const byobRequest = ReadableByteStreamControllerGetBYOBRequest(controllerOf(branch1));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return promiseResolvedWith(undefined);
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    const byobRequest = ReadableByteStreamControllerGetBYOBRequest(controllerOf(branch2));
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return promiseResolvedWith(undefined);
  }

  const cancel1Algorithm = (reason) => {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(ReadableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  const cancel2Algorithm = (reason) => {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(ReadableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  };

  const startAlgorithm = () => undefined;
  branch1 = CreateReadableByteStream(startAlgorithm, pull1Algorithm, cancel1Algorithm);
  branch2 = CreateReadableByteStream(startAlgorithm, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- Interfacing with controllers (§4.9.2) ------------------------------------------------

function ReadableStreamAddReadIntoRequest(stream, readRequest) {
  stream[kState].reader[kState].readIntoRequests.push(readRequest);
}

function ReadableStreamAddReadRequest(stream, readRequest) {
  stream[kState].reader[kState].readRequests.push(readRequest);
}

/// The controller's [[CancelSteps]], [[PullSteps]] and [[ReleaseSteps]], by its kind.
function controllerCancelSteps(controller, reason) {
  if (controller[kType] === 'ReadableByteStreamController') {
    return ReadableByteStreamControllerCancelSteps(controller, reason);
  }
  return ReadableStreamDefaultControllerCancelSteps(controller, reason);
}

function controllerPullSteps(controller, readRequest) {
  if (controller[kType] === 'ReadableByteStreamController') {
    ReadableByteStreamControllerPullSteps(controller, readRequest);
  } else {
    ReadableStreamDefaultControllerPullSteps(controller, readRequest);
  }
}

function controllerReleaseSteps(controller) {
  if (controller[kType] === 'ReadableByteStreamController') ReadableByteStreamControllerReleaseSteps(controller);
  else ReadableStreamDefaultControllerReleaseSteps(controller);
}

// Node: lib/internal/webstreams/readablestream.js readableStreamCancel
function ReadableStreamCancel(stream, reason) {
  const slots = stream[kState];
  slots.disturbed = true;
  if (slots.state === 'closed') return promiseResolvedWith(undefined);
  if (slots.state === 'errored') return promiseRejectedWith(slots.storedError);
  ReadableStreamClose(stream);
  const reader = slots.reader;
  if (reader !== undefined && isReadableStreamBYOBReader(reader)) {
    const readIntoRequests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = new Queue();
    for (let i = 0; i < readIntoRequests.length; i++) readIntoRequests.at(i).closeSteps(undefined);
  }
  const sourceCancelPromise = controllerCancelSteps(slots.controller, reason);
  return transformPromiseWith(sourceCancelPromise, noop, undefined);
}

function ReadableStreamClose(stream) {
  const slots = stream[kState];
  slots.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = slots.reader;
  if (reader === undefined) return;
  reader[kState].closedPromise.resolve(undefined);
  if (isReadableStreamDefaultReader(reader)) {
    const readRequests = reader[kState].readRequests;
    reader[kState].readRequests = new Queue();
    for (let i = 0; i < readRequests.length; i++) readRequests.at(i).closeSteps();
  }
}

function ReadableStreamError(stream, e) {
  const slots = stream[kState];
  slots.state = 'errored';
  slots.storedError = e;
  setPromiseIsHandledToTrue(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(e);
  const reader = slots.reader;
  if (reader === undefined) return;
  const closedPromise = reader[kState].closedPromise;
  closedPromise.reject(e);
  setPromiseIsHandledToTrue(closedPromise.promise);
  if (isReadableStreamDefaultReader(reader)) {
    ReadableStreamDefaultReaderErrorReadRequests(reader, e);
  } else {
    ReadableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
}

function ReadableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readIntoRequest = reader[kState].readIntoRequests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

function ReadableStreamFulfillReadRequest(stream, chunk, done) {
  const reader = stream[kState].reader;
  const readRequest = reader[kState].readRequests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function ReadableStreamGetNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function ReadableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

// (A stream's reader is one this module made: its brand is its kType.)
function ReadableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader';
}

function ReadableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kType] === 'ReadableStreamDefaultReader';
}

/// IsReadableStreamLocked(stream), ReadableStreamHasDefaultReader(stream) and
/// ReadableStreamGetNumReadRequests(stream) > 0, the test ShouldCallPull and Enqueue make
/// after every read and enqueue, as one call on the stream's slots: a default reader waits
/// for a chunk.
function ReadableStreamHasDefaultReadRequest(streamSlots) {
  const reader = streamSlots.reader;
  return reader !== undefined && reader[kType] === 'ReadableStreamDefaultReader' &&
    reader[kState].readRequests.length > 0;
}

// ---- Readers (§4.9.3) ---------------------------------------------------------------------

function ReadableStreamReaderGenericCancel(reader, reason) {
  return ReadableStreamCancel(reader[kState].stream, reason);
}

function ReadableStreamReaderGenericInitialize(reader, stream) {
  const readerSlots = reader[kState];
  const streamSlots = stream[kState];
  readerSlots.stream = stream;
  streamSlots.reader = reader;
  if (streamSlots.state === 'readable') {
    readerSlots.closedPromise = createDeferred();
  } else if (streamSlots.state === 'closed') {
    readerSlots.closedPromise = createResolvedDeferred(undefined);
  } else {
    readerSlots.closedPromise = createRejectedDeferred(streamSlots.storedError);
  }
}

function ReadableStreamReaderGenericRelease(reader) {
  const readerSlots = reader[kState];
  const stream = readerSlots.stream;
  const streamSlots = stream[kState];
  if (streamSlots.state === 'readable') {
    readerSlots.closedPromise.reject(readerReleasedError());
  } else {
    readerSlots.closedPromise = createRejectedDeferred(readerReleasedError());
  }
  setPromiseIsHandledToTrue(readerSlots.closedPromise.promise);
  controllerReleaseSteps(streamSlots.controller);
  streamSlots.reader = undefined;
  readerSlots.stream = undefined;
}

function ReadableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  const readIntoRequests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = new Queue();
  for (let i = 0; i < readIntoRequests.length; i++) readIntoRequests.at(i).errorSteps(e);
}

function ReadableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader[kState].stream;
  const slots = stream[kState];
  slots.disturbed = true;
  if (slots.state === 'errored') {
    readIntoRequest.errorSteps(slots.storedError);
  } else {
    ReadableByteStreamControllerPullInto(slots.controller, view, min, readIntoRequest);
  }
}

function ReadableStreamBYOBReaderRelease(reader) {
  ReadableStreamReaderGenericRelease(reader);
  ReadableStreamBYOBReaderErrorReadIntoRequests(reader, readerReleasingError());
}

function ReadableStreamDefaultReaderErrorReadRequests(reader, e) {
  const readRequests = reader[kState].readRequests;
  reader[kState].readRequests = new Queue();
  for (let i = 0; i < readRequests.length; i++) readRequests.at(i).errorSteps(e);
}

/// Reads through `reader` with a read request: { chunkSteps(chunk), closeSteps(),
/// errorSteps(e) }.
function ReadableStreamDefaultReaderRead(reader, readRequest) {
  const stream = reader[kState].stream;
  const slots = stream[kState];
  slots.disturbed = true;
  if (slots.state === 'closed') {
    readRequest.closeSteps();
  } else if (slots.state === 'errored') {
    readRequest.errorSteps(slots.storedError);
  } else {
    controllerPullSteps(slots.controller, readRequest);
  }
}

function ReadableStreamDefaultReaderRelease(reader) {
  ReadableStreamReaderGenericRelease(reader);
  ReadableStreamDefaultReaderErrorReadRequests(reader, readerReleasingError());
}

function SetUpReadableStreamBYOBReader(reader, stream) {
  if (IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  if (!isReadableByteStreamController(stream[kState].controller)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
  }
  ReadableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readIntoRequests = new Queue();
}

function SetUpReadableStreamDefaultReader(reader, stream) {
  if (IsReadableStreamLocked(stream)) throw invalidState('ReadableStream is locked');
  ReadableStreamReaderGenericInitialize(reader, stream);
  reader[kState].readRequests = new Queue();
}

// ---- Default controllers (§4.9.4) ---------------------------------------------------------

function ReadableStreamDefaultControllerCallPullIfNeeded(controller) {
  if (!ReadableStreamDefaultControllerShouldCallPull(controller)) return;
  const slots = controller[kState];
  if (slots.pulling) {
    slots.pullAgain = true;
    return;
  }
  slots.pulling = true;
  const pullPromise = slots.pullAlgorithm();
  // The steps upon the pull's promise depend on the controller only: made once for it.
  if (slots.pullSettled === undefined) {
    slots.pullSettled = () => {
      slots.pulling = false;
      if (slots.pullAgain) {
        slots.pullAgain = false;
        ReadableStreamDefaultControllerCallPullIfNeeded(controller);
      }
    };
    slots.pullFailed = (e) => {
      ReadableStreamDefaultControllerError(controller, e);
    };
  }
  uponPromise(pullPromise, slots.pullSettled, slots.pullFailed);
}

function ReadableStreamDefaultControllerShouldCallPull(controller) {
  // The standard's steps, with CanCloseOrEnqueue and GetDesiredSize (the state is
  // "readable" by then) written out: this runs after every read and enqueue.
  const slots = controller[kState];
  const streamSlots = slots.stream[kState];
  if (slots.closeRequested || streamSlots.state !== 'readable') return false;
  if (!slots.started) return false;
  if (ReadableStreamHasDefaultReadRequest(streamSlots)) return true;
  return slots.strategyHWM - slots.queueTotalSize > 0;
}

function ReadableStreamDefaultControllerClearAlgorithms(controller) {
  const slots = controller[kState];
  slots.pullAlgorithm = undefined;
  slots.cancelAlgorithm = undefined;
  slots.strategySizeAlgorithm = undefined;
}

function ReadableStreamDefaultControllerClose(controller) {
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const slots = controller[kState];
  const stream = slots.stream;
  slots.closeRequested = true;
  if (slots.queue.length === 0) {
    ReadableStreamDefaultControllerClearAlgorithms(controller);
    ReadableStreamClose(stream);
  }
}

function ReadableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(controller)) return;
  const slots = controller[kState];
  const stream = slots.stream;
  if (ReadableStreamHasDefaultReadRequest(stream[kState])) {
    ReadableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let chunkSize;
    try {
      chunkSize = slots.strategySizeAlgorithm(chunk);
    } catch (error) {
      ReadableStreamDefaultControllerError(controller, error);
      throw error;
    }
    try {
      EnqueueValueWithSize(slots, chunk, chunkSize);
    } catch (error) {
      ReadableStreamDefaultControllerError(controller, error);
      throw error;
    }
  }
  ReadableStreamDefaultControllerCallPullIfNeeded(controller);
}

function ReadableStreamDefaultControllerError(controller, e) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (stream[kState].state !== 'readable') return;
  ResetQueue(slots);
  ReadableStreamDefaultControllerClearAlgorithms(controller);
  ReadableStreamError(stream, e);
}

function ReadableStreamDefaultControllerGetDesiredSize(controller) {
  const slots = controller[kState];
  const state = slots.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return slots.strategyHWM - slots.queueTotalSize;
}

function ReadableStreamDefaultControllerHasBackpressure(controller) {
  return !ReadableStreamDefaultControllerShouldCallPull(controller);
}

function ReadableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  const slots = controller[kState];
  return !slots.closeRequested && slots.stream[kState].state === 'readable';
}

function SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                              highWaterMark, sizeAlgorithm) {
  controller[kState] = {
    __proto__: null,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    // The reactions to a pull's promise (ReadableStreamDefaultControllerCallPullIfNeeded).
    pullSettled: undefined,
    pullFailed: undefined,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = ReadableStreamDefaultController.prototype.error.bind(controller);
  const startResult = startAlgorithm();
  const startPromise = promiseResolvedWith(startResult);
  uponPromise(startPromise, () => {
    controller[kState].started = true;
    ReadableStreamDefaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    ReadableStreamDefaultControllerError(controller, r);
  });
}

function SetUpReadableStreamDefaultControllerFromUnderlyingSource(stream, underlyingSource, sourceDict,
                                                                  highWaterMark, sizeAlgorithm) {
  const controller = createController(ReadableStreamDefaultController, 'ReadableStreamDefaultController');
  const { start, pull, cancel } = sourceDict;
  let startAlgorithm = () => undefined;
  let pullAlgorithm = () => promiseResolvedWith(undefined);
  let cancelAlgorithm = () => promiseResolvedWith(undefined);
  if (start !== undefined) startAlgorithm = () => ReflectApply(start, underlyingSource, [controller]);
  if (pull !== undefined) pullAlgorithm = () => promiseCall(pull, underlyingSource, [controller]);
  if (cancel !== undefined) cancelAlgorithm = (reason) => promiseCall(cancel, underlyingSource, [reason]);
  SetUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm);
}

// ---- Byte stream controllers (§4.9.5) -----------------------------------------------------

function ReadableByteStreamControllerCallPullIfNeeded(controller) {
  if (!ReadableByteStreamControllerShouldCallPull(controller)) return;
  const slots = controller[kState];
  if (slots.pulling) {
    slots.pullAgain = true;
    return;
  }
  slots.pulling = true;
  const pullPromise = slots.pullAlgorithm();
  uponPromise(pullPromise, () => {
    slots.pulling = false;
    if (slots.pullAgain) {
      slots.pullAgain = false;
      ReadableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    ReadableByteStreamControllerError(controller, e);
  });
}

function ReadableByteStreamControllerClearAlgorithms(controller) {
  const slots = controller[kState];
  slots.pullAlgorithm = undefined;
  slots.cancelAlgorithm = undefined;
}

function ReadableByteStreamControllerClearPendingPullIntos(controller) {
  ReadableByteStreamControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = new Queue();
}

function ReadableByteStreamControllerClose(controller) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (slots.closeRequested || stream[kState].state !== 'readable') return;
  if (slots.queueTotalSize > 0) {
    slots.closeRequested = true;
    return;
  }
  if (slots.pendingPullIntos.length > 0) {
    const firstPendingPullInto = slots.pendingPullIntos.peek();
    if (firstPendingPullInto.bytesFilled % firstPendingPullInto.elementSize !== 0) {
      const e = invalidState('Partial read');
      ReadableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  ReadableByteStreamControllerClearAlgorithms(controller);
  ReadableStreamClose(stream);
}

function ReadableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = ReadableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === 'default') {
    ReadableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    ReadableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function ReadableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
  const { bytesFilled, elementSize } = pullIntoDescriptor;
  if (bytesFilled > pullIntoDescriptor.byteLength) {
    throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  }
  const buffer = TransferArrayBuffer(pullIntoDescriptor.buffer);
  return constructView(pullIntoDescriptor.viewConstructor, buffer, pullIntoDescriptor.byteOffset,
    bytesFilled / elementSize);
}

function ReadableByteStreamControllerEnqueue(controller, chunk) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (slots.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = ArrayBufferViewGetBuffer(chunk);
  const byteOffset = ArrayBufferViewGetByteOffset(chunk);
  const byteLength = ArrayBufferViewGetByteLength(chunk);
  if (IsDetachedBuffer(buffer)) throw invalidState('chunk ArrayBuffer is zero-length or detached');
  const transferredBuffer = TransferArrayBuffer(buffer);
  if (slots.pendingPullIntos.length > 0) {
    const firstPendingPullInto = slots.pendingPullIntos.peek();
    if (IsDetachedBuffer(firstPendingPullInto.buffer)) throw invalidState('Destination ArrayBuffer is detached');
    ReadableByteStreamControllerInvalidateBYOBRequest(controller);
    firstPendingPullInto.buffer = TransferArrayBuffer(firstPendingPullInto.buffer);
    if (firstPendingPullInto.readerType === 'none') {
      ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, firstPendingPullInto);
    }
  }
  if (ReadableStreamHasDefaultReader(stream)) {
    ReadableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (ReadableStreamGetNumReadRequests(stream) === 0) {
      ReadableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (slots.pendingPullIntos.length > 0) ReadableByteStreamControllerShiftPendingPullInto(controller);
      const transferredView = new Uint8ArrayCtor(transferredBuffer, byteOffset, byteLength);
      ReadableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (ReadableStreamHasBYOBReader(stream)) {
    ReadableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    const filledPullIntos = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filledPullIntos.length; i++) {
      ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
    }
  } else {
    ReadableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

function ReadableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const slots = controller[kState];
  slots.queue.push({ __proto__: null, buffer, byteOffset, byteLength });
  slots.queueTotalSize += byteLength;
}

function ReadableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let cloneResult;
  try {
    cloneResult = ArrayBufferSlice(buffer, byteOffset, byteOffset + byteLength);
  } catch (error) {
    ReadableByteStreamControllerError(controller, error);
    throw error;
  }
  ReadableByteStreamControllerEnqueueChunkToQueue(controller, cloneResult, 0, byteLength);
}

function ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
  if (pullIntoDescriptor.bytesFilled > 0) {
    ReadableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
      pullIntoDescriptor.byteOffset, pullIntoDescriptor.bytesFilled);
  }
  ReadableByteStreamControllerShiftPendingPullInto(controller);
}

function ReadableByteStreamControllerError(controller, e) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (stream[kState].state !== 'readable') return;
  ReadableByteStreamControllerClearPendingPullIntos(controller);
  ResetQueue(slots);
  ReadableByteStreamControllerClearAlgorithms(controller);
  ReadableStreamError(stream, e);
}

function ReadableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, pullIntoDescriptor) {
  pullIntoDescriptor.bytesFilled += size;
}

function ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
  const slots = controller[kState];
  const maxBytesToCopy = MathMin(slots.queueTotalSize, pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled);
  const maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
    ready = true;
  }
  const queue = slots.queue;
  while (totalBytesToCopyRemaining > 0) {
    const headOfQueue = queue.peek();
    const bytesToCopy = MathMin(totalBytesToCopyRemaining, headOfQueue.byteLength);
    const destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    const descriptorBuffer = pullIntoDescriptor.buffer;
    const queueBuffer = headOfQueue.buffer;
    const queueByteOffset = headOfQueue.byteOffset;
    if (!CanCopyDataBlockBytes(descriptorBuffer, destStart, queueBuffer, queueByteOffset, bytesToCopy)) {
      const e = invalidState('The byte stream queue cannot be copied into the view');
      ReadableByteStreamControllerError(controller, e);
      throw e;
    }
    CopyDataBlockBytes(descriptorBuffer, destStart, queueBuffer, queueByteOffset, bytesToCopy);
    if (headOfQueue.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      headOfQueue.byteOffset += bytesToCopy;
      headOfQueue.byteLength -= bytesToCopy;
    }
    slots.queueTotalSize -= bytesToCopy;
    ReadableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullIntoDescriptor);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function ReadableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  const slots = controller[kState];
  const entry = slots.queue.shift();
  slots.queueTotalSize -= entry.byteLength;
  ReadableByteStreamControllerHandleQueueDrain(controller);
  const view = new Uint8ArrayCtor(entry.buffer, entry.byteOffset, entry.byteLength);
  readRequest.chunkSteps(view);
}

function ReadableByteStreamControllerGetBYOBRequest(controller) {
  const slots = controller[kState];
  if (slots.byobRequest === null && slots.pendingPullIntos.length > 0) {
    const firstDescriptor = slots.pendingPullIntos.peek();
    const view = new Uint8ArrayCtor(firstDescriptor.buffer,
      firstDescriptor.byteOffset + firstDescriptor.bytesFilled,
      firstDescriptor.byteLength - firstDescriptor.bytesFilled);
    const byobRequest = ObjectCreate(ReadableStreamBYOBRequest.prototype);
    byobRequest[kType] = 'ReadableStreamBYOBRequest';
    byobRequest[kState] = { __proto__: null, controller, view };
    slots.byobRequest = byobRequest;
  }
  return slots.byobRequest;
}

function ReadableByteStreamControllerGetDesiredSize(controller) {
  const slots = controller[kState];
  const state = slots.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return slots.strategyHWM - slots.queueTotalSize;
}

function ReadableByteStreamControllerHandleQueueDrain(controller) {
  const slots = controller[kState];
  if (slots.queueTotalSize === 0 && slots.closeRequested) {
    ReadableByteStreamControllerClearAlgorithms(controller);
    ReadableStreamClose(slots.stream);
  } else {
    ReadableByteStreamControllerCallPullIfNeeded(controller);
  }
}

function ReadableByteStreamControllerInvalidateBYOBRequest(controller) {
  const slots = controller[kState];
  if (slots.byobRequest === null) return;
  slots.byobRequest[kState].controller = undefined;
  slots.byobRequest[kState].view = null;
  slots.byobRequest = null;
}

function ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const slots = controller[kState];
  const filledPullIntos = [];
  while (slots.pendingPullIntos.length > 0) {
    if (slots.queueTotalSize === 0) break;
    const pullIntoDescriptor = slots.pendingPullIntos.peek();
    if (ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      ReadableByteStreamControllerShiftPendingPullInto(controller);
      filledPullIntos.push(pullIntoDescriptor);
    }
  }
  return filledPullIntos;
}

function ReadableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  const slots = controller[kState];
  const reader = slots.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (slots.queueTotalSize === 0) return;
    const readRequest = reader[kState].readRequests.shift();
    ReadableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

function ReadableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  const slots = controller[kState];
  const stream = slots.stream;
  let elementSize = 1;
  let ctor = DataViewCtor;
  const name = typedArrayName(view);
  if (name !== undefined) {
    ctor = typedArrayConstructors[name];
    elementSize = ctor.BYTES_PER_ELEMENT;
  }
  const minimumFill = min * elementSize;
  const byteOffset = ArrayBufferViewGetByteOffset(view);
  const byteLength = ArrayBufferViewGetByteLength(view);
  let buffer;
  try {
    buffer = TransferArrayBuffer(ArrayBufferViewGetBuffer(view));
  } catch (error) {
    readIntoRequest.errorSteps(error);
    return;
  }
  const pullIntoDescriptor = {
    __proto__: null,
    buffer,
    bufferByteLength: ArrayBufferGetByteLength(buffer),
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    readerType: 'byob',
  };
  if (slots.pendingPullIntos.length > 0) {
    slots.pendingPullIntos.push(pullIntoDescriptor);
    ReadableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  if (stream[kState].state === 'closed') {
    const emptyView = constructView(ctor, pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0);
    readIntoRequest.closeSteps(emptyView);
    return;
  }
  if (slots.queueTotalSize > 0) {
    if (ReadableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      const filledView = ReadableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
      ReadableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (slots.closeRequested) {
      const e = invalidState('ReadableStream closed');
      ReadableByteStreamControllerError(controller, e);
      readIntoRequest.errorSteps(e);
      return;
    }
  }
  slots.pendingPullIntos.push(pullIntoDescriptor);
  ReadableStreamAddReadIntoRequest(stream, readIntoRequest);
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

function ReadableByteStreamControllerRespond(controller, bytesWritten) {
  const slots = controller[kState];
  const firstDescriptor = slots.pendingPullIntos.peek();
  const state = slots.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  firstDescriptor.buffer = TransferArrayBuffer(firstDescriptor.buffer);
  ReadableByteStreamControllerRespondInternal(controller, bytesWritten);
}

function ReadableByteStreamControllerRespondInClosedState(controller, firstDescriptor) {
  if (firstDescriptor.readerType === 'none') ReadableByteStreamControllerShiftPendingPullInto(controller);
  const stream = controller[kState].stream;
  if (ReadableStreamHasBYOBReader(stream)) {
    const filledPullIntos = [];
    while (filledPullIntos.length < ReadableStreamGetNumReadIntoRequests(stream)) {
      filledPullIntos.push(ReadableByteStreamControllerShiftPendingPullInto(controller));
    }
    for (let i = 0; i < filledPullIntos.length; i++) {
      ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
    }
  }
}

function ReadableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
  const stream = controller[kState].stream;
  ReadableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === 'none') {
    ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
    const filledPullIntos = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (let i = 0; i < filledPullIntos.length; i++) {
      ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
    }
    return;
  }
  if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) return;
  ReadableByteStreamControllerShiftPendingPullInto(controller);
  const remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
  if (remainderSize > 0) {
    const end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    ReadableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
      end - remainderSize, remainderSize);
  }
  pullIntoDescriptor.bytesFilled -= remainderSize;
  const filledPullIntos = ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  ReadableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor);
  for (let i = 0; i < filledPullIntos.length; i++) {
    ReadableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullIntos[i]);
  }
}

function ReadableByteStreamControllerRespondInternal(controller, bytesWritten) {
  const slots = controller[kState];
  const firstDescriptor = slots.pendingPullIntos.peek();
  ReadableByteStreamControllerInvalidateBYOBRequest(controller);
  const state = slots.stream[kState].state;
  if (state === 'closed') {
    ReadableByteStreamControllerRespondInClosedState(controller, firstDescriptor);
  } else {
    ReadableByteStreamControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
  }
  ReadableByteStreamControllerCallPullIfNeeded(controller);
}

function ReadableByteStreamControllerRespondWithNewView(controller, view) {
  const slots = controller[kState];
  const firstDescriptor = slots.pendingPullIntos.peek();
  const state = slots.stream[kState].state;
  const viewByteLength = ArrayBufferViewGetByteLength(view);
  const viewByteOffset = ArrayBufferViewGetByteOffset(view);
  const viewBuffer = ArrayBufferViewGetBuffer(view);
  if (state === 'closed') {
    if (viewByteLength !== 0) throw invalidState('View is not zero-length');
  } else if (viewByteLength === 0) {
    throw invalidState('View is zero-length');
  }
  if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== viewByteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (firstDescriptor.bufferByteLength !== ArrayBufferGetByteLength(viewBuffer)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (firstDescriptor.bytesFilled + viewByteLength > firstDescriptor.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  firstDescriptor.buffer = TransferArrayBuffer(viewBuffer);
  ReadableByteStreamControllerRespondInternal(controller, viewByteLength);
}

function ReadableByteStreamControllerShiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function ReadableByteStreamControllerShouldCallPull(controller) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (stream[kState].state !== 'readable') return false;
  if (slots.closeRequested) return false;
  if (!slots.started) return false;
  if (ReadableStreamHasDefaultReader(stream) && ReadableStreamGetNumReadRequests(stream) > 0) return true;
  if (ReadableStreamHasBYOBReader(stream) && ReadableStreamGetNumReadIntoRequests(stream) > 0) return true;
  return ReadableByteStreamControllerGetDesiredSize(controller) > 0;
}

function SetUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                           highWaterMark, autoAllocateChunkSize) {
  controller[kState] = {
    __proto__: null,
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: new Queue(),
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    strategyHWM: highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: new Queue(),
  };
  stream[kState].controller = controller;
  const startResult = startAlgorithm();
  const startPromise = promiseResolvedWith(startResult);
  uponPromise(startPromise, () => {
    controller[kState].started = true;
    ReadableByteStreamControllerCallPullIfNeeded(controller);
  }, (r) => {
    ReadableByteStreamControllerError(controller, r);
  });
}

function SetUpReadableByteStreamControllerFromUnderlyingSource(stream, underlyingSource, sourceDict, highWaterMark) {
  const controller = createController(ReadableByteStreamController, 'ReadableByteStreamController');
  const { start, pull, cancel } = sourceDict;
  let startAlgorithm = () => undefined;
  let pullAlgorithm = () => promiseResolvedWith(undefined);
  let cancelAlgorithm = () => promiseResolvedWith(undefined);
  if (start !== undefined) startAlgorithm = () => ReflectApply(start, underlyingSource, [controller]);
  if (pull !== undefined) pullAlgorithm = () => promiseCall(pull, underlyingSource, [controller]);
  if (cancel !== undefined) cancelAlgorithm = (reason) => promiseCall(cancel, underlyingSource, [reason]);
  const autoAllocateChunkSize = sourceDict.autoAllocateChunkSize;
  if (autoAllocateChunkSize === 0) {
    throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
  }
  SetUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, autoAllocateChunkSize);
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,

  isReadableStream,
  isReadableStreamDefaultReader,
  isReadableStreamBYOBReader,
  isReadableStreamDefaultController,
  isReadableByteStreamController,
  isReadableStreamBYOBRequest,

  // §4.9.1 Working with readable streams
  AcquireReadableStreamBYOBReader,
  AcquireReadableStreamDefaultReader,
  CreateReadableStream,
  CreateReadableByteStream,
  InitializeReadableStream,
  IsReadableStreamLocked,
  ReadableStreamFromIterable,
  ReadableStreamPipeTo,
  ReadableStreamTee,
  ReadableStreamDefaultTee,
  ReadableByteStreamTee,
  // §4.9.2 Interfacing with controllers
  ReadableStreamAddReadIntoRequest,
  ReadableStreamAddReadRequest,
  ReadableStreamCancel,
  ReadableStreamClose,
  ReadableStreamError,
  ReadableStreamFulfillReadIntoRequest,
  ReadableStreamFulfillReadRequest,
  ReadableStreamGetNumReadIntoRequests,
  ReadableStreamGetNumReadRequests,
  ReadableStreamHasBYOBReader,
  ReadableStreamHasDefaultReader,
  // §4.9.3 Readers
  ReadableStreamReaderGenericCancel,
  ReadableStreamReaderGenericInitialize,
  ReadableStreamReaderGenericRelease,
  ReadableStreamBYOBReaderErrorReadIntoRequests,
  ReadableStreamBYOBReaderRead,
  ReadableStreamBYOBReaderRelease,
  ReadableStreamDefaultReaderErrorReadRequests,
  ReadableStreamDefaultReaderRead,
  ReadableStreamDefaultReaderRelease,
  SetUpReadableStreamBYOBReader,
  SetUpReadableStreamDefaultReader,
  // §4.9.4 Default controllers
  ReadableStreamDefaultControllerCallPullIfNeeded,
  ReadableStreamDefaultControllerShouldCallPull,
  ReadableStreamDefaultControllerClearAlgorithms,
  ReadableStreamDefaultControllerClose,
  ReadableStreamDefaultControllerEnqueue,
  ReadableStreamDefaultControllerError,
  ReadableStreamDefaultControllerGetDesiredSize,
  ReadableStreamDefaultControllerHasBackpressure,
  ReadableStreamDefaultControllerCanCloseOrEnqueue,
  ReadableStreamDefaultControllerCancelSteps,
  ReadableStreamDefaultControllerPullSteps,
  SetUpReadableStreamDefaultController,
  SetUpReadableStreamDefaultControllerFromUnderlyingSource,
  // §4.9.5 Byte stream controllers
  ReadableByteStreamControllerCallPullIfNeeded,
  ReadableByteStreamControllerClearAlgorithms,
  ReadableByteStreamControllerClearPendingPullIntos,
  ReadableByteStreamControllerClose,
  ReadableByteStreamControllerCommitPullIntoDescriptor,
  ReadableByteStreamControllerConvertPullIntoDescriptor,
  ReadableByteStreamControllerEnqueue,
  ReadableByteStreamControllerEnqueueChunkToQueue,
  ReadableByteStreamControllerEnqueueClonedChunkToQueue,
  ReadableByteStreamControllerEnqueueDetachedPullIntoToQueue,
  ReadableByteStreamControllerError,
  ReadableByteStreamControllerFillHeadPullIntoDescriptor,
  ReadableByteStreamControllerFillPullIntoDescriptorFromQueue,
  ReadableByteStreamControllerFillReadRequestFromQueue,
  ReadableByteStreamControllerGetBYOBRequest,
  ReadableByteStreamControllerGetDesiredSize,
  ReadableByteStreamControllerHandleQueueDrain,
  ReadableByteStreamControllerInvalidateBYOBRequest,
  ReadableByteStreamControllerProcessPullIntoDescriptorsUsingQueue,
  ReadableByteStreamControllerProcessReadRequestsUsingQueue,
  ReadableByteStreamControllerPullInto,
  ReadableByteStreamControllerRespond,
  ReadableByteStreamControllerRespondInClosedState,
  ReadableByteStreamControllerRespondInReadableState,
  ReadableByteStreamControllerRespondInternal,
  ReadableByteStreamControllerRespondWithNewView,
  ReadableByteStreamControllerShiftPendingPullInto,
  ReadableByteStreamControllerShouldCallPull,
  ReadableByteStreamControllerCancelSteps,
  ReadableByteStreamControllerPullSteps,
  ReadableByteStreamControllerReleaseSteps,
  SetUpReadableByteStreamController,
  SetUpReadableByteStreamControllerFromUnderlyingSource,
};
