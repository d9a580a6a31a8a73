// internal/webstreams/writablestream (Node: lib/internal/webstreams/writablestream.js):
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController
// (Streams Standard §5), written as the standard's abstract operations, under their names.
//
// The internal slots of each object are the plain object at obj[kState]; the abstract
// operations are exported so that other parts of the runtime (the TransformStream, pipeTo,
// and later the cross-realm transform of transferable streams) can drive a stream directly.
'use strict';

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const {
  ObjectCreate,
  ReflectApply,
  kState,
  kType,
  isBrandCheck,
  Queue,
  createDeferred,
  createTrackedDeferred,
  createResolvedDeferred,
  createRejectedDeferred,
  promiseResolvedWith,
  promiseRejectedWith,
  promiseCall,
  setPromiseIsHandledToTrue,
  uponPromise,
  DequeueValue,
  EnqueueValueWithSize,
  PeekQueueValue,
  ResetQueue,
  convertQueuingStrategy,
  ExtractHighWaterMark,
  ExtractSizeAlgorithm,
  convertCallback,
  customInspectSymbol,
  customInspect,
  defineInterface,
  invalidState,
} = require('internal/webstreams/util');

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

let AbortControllerCtor;
function lazyAbortController() {
  if (AbortControllerCtor === undefined) AbortControllerCtor = require('internal/abort_controller').AbortController;
  return new AbortControllerCtor();
}

// The value WritableStreamDefaultControllerClose enqueues (Streams §5.4.2 "close sentinel").
const closeSentinel = { __proto__: null };

const isWritableStream = isBrandCheck('WritableStream');
const isWritableStreamDefaultWriter = isBrandCheck('WritableStreamDefaultWriter');
const isWritableStreamDefaultController = isBrandCheck('WritableStreamDefaultController');

// ---- Errors with Node's messages ----------------------------------------------------------

function writerReleasedError() {
  return invalidState('Writer has been released');
}

function writerUnboundError() {
  return invalidState('Writer is not bound to a WritableStream');
}

// ---- WritableStream (§5.2) ----------------------------------------------------------------

/// The UnderlyingSink dictionary (members in WebIDL order: abort, close, start, type, write).
function convertUnderlyingSink(sink) {
  if (sink === null) return { __proto__: null };
  return {
    __proto__: null,
    abort: convertCallback(sink.abort, 'sink.abort'),
    close: convertCallback(sink.close, 'sink.close'),
    start: convertCallback(sink.start, 'sink.start'),
    type: sink.type,
    write: convertCallback(sink.write, 'sink.write'),
  };
}

// Node: lib/internal/webstreams/writablestream.js WritableStream
class WritableStream {
  [kType] = 'WritableStream';

  constructor(underlyingSink = null, strategy = undefined) {
    // WebIDL converts the strategy argument before the constructor steps convert the sink.
    const strategyDict = convertQueuingStrategy(strategy);
    if (underlyingSink !== null && typeof underlyingSink !== 'object' && typeof underlyingSink !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', underlyingSink);
    }
    const sinkDict = convertUnderlyingSink(underlyingSink);
    if (sinkDict.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sinkDict.type);
    InitializeWritableStream(this);
    const sizeAlgorithm = ExtractSizeAlgorithm(strategyDict);
    const highWaterMark = ExtractHighWaterMark(strategyDict, 1);
    SetUpWritableStreamDefaultControllerFromUnderlyingSink(
      this, underlyingSink, sinkDict, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return IsWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return promiseRejectedWith(new ERR_INVALID_THIS('WritableStream'));
    if (IsWritableStreamLocked(this)) return promiseRejectedWith(invalidState('WritableStream is locked'));
    return WritableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return promiseRejectedWith(new ERR_INVALID_THIS('WritableStream'));
    if (IsWritableStreamLocked(this)) return promiseRejectedWith(invalidState('WritableStream is locked'));
    if (WritableStreamCloseQueuedOrInFlight(this)) {
      return promiseRejectedWith(invalidState('Failure closing WritableStream'));
    }
    return WritableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return AcquireWritableStreamDefaultWriter(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

defineInterface(WritableStream, ['locked', 'abort', 'close', 'getWriter']);

// ---- WritableStreamDefaultWriter (§5.3) ---------------------------------------------------

// Node: lib/internal/webstreams/writablestream.js WritableStreamDefaultWriter
class WritableStreamDefaultWriter {
  [kType] = 'WritableStreamDefaultWriter';

  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    this[kState] = { __proto__: null, stream: undefined, readyPromise: undefined, closedPromise: undefined };
    SetUpWritableStreamDefaultWriter(this, stream);
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closedPromise.promise;
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw writerUnboundError();
    return WritableStreamDefaultWriterGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].readyPromise.promise;
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return promiseRejectedWith(writerUnboundError());
    return WritableStreamDefaultWriterAbort(this, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return promiseRejectedWith(writerUnboundError());
    if (WritableStreamCloseQueuedOrInFlight(stream)) {
      return promiseRejectedWith(invalidState('Failure to close WritableStream'));
    }
    return WritableStreamDefaultWriterClose(this);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    WritableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return promiseRejectedWith(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return promiseRejectedWith(writerUnboundError());
    return WritableStreamDefaultWriterWrite(this, chunk);
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], {
      stream: state.stream,
      close: state.closedPromise.promise,
      ready: state.readyPromise.promise,
      desiredSize: state.stream === undefined ? undefined : WritableStreamDefaultWriterGetDesiredSize(this),
    });
  }
}

defineInterface(WritableStreamDefaultWriter,
  ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

// ---- WritableStreamDefaultController (§5.4) -----------------------------------------------

// Node: lib/internal/webstreams/writablestream.js WritableStreamDefaultController
class WritableStreamDefaultController {
  [kType] = 'WritableStreamDefaultController';

  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return getAbortController(this).signal;
  }

  error(e = undefined) {
    if (!isWritableStreamDefaultController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    const state = this[kState].stream[kState].state;
    if (state !== 'writable') return;
    WritableStreamDefaultControllerError(this, e);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

defineInterface(WritableStreamDefaultController, ['signal', 'error']);

/// The controller's [[abortController]], made when first needed: until its signal has been
/// handed out nobody can observe it, so an abort that came first is replayed on it.
function getAbortController(controller) {
  const slots = controller[kState];
  if (slots.abortController === undefined) {
    slots.abortController = lazyAbortController();
    if (slots.abortRequested) slots.abortController.abort(slots.abortReason);
  }
  return slots.abortController;
}

/// "Signal abort" on the controller's [[abortController]] with `reason`.
function signalControllerAbort(controller, reason) {
  const slots = controller[kState];
  if (slots.abortController !== undefined) {
    slots.abortController.abort(reason);
  } else if (!slots.abortRequested) {
    slots.abortRequested = true;
    slots.abortReason = reason;
  }
}

// §5.4.4 [[AbortSteps]]
function WritableStreamDefaultControllerAbortSteps(controller, reason) {
  const result = controller[kState].abortAlgorithm(reason);
  WritableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

// §5.4.4 [[ErrorSteps]]
function WritableStreamDefaultControllerErrorSteps(controller) {
  ResetQueue(controller[kState]);
}

// ---- Working with writable streams (§5.5.1) -----------------------------------------------

function AcquireWritableStreamDefaultWriter(stream) {
  const writer = ObjectCreate(WritableStreamDefaultWriter.prototype);
  writer[kType] = 'WritableStreamDefaultWriter';
  writer[kState] = { __proto__: null, stream: undefined, readyPromise: undefined, closedPromise: undefined };
  SetUpWritableStreamDefaultWriter(writer, stream);
  return writer;
}

/// A WritableStream driven by the given algorithms (the `new WritableStream` of other
/// specifications and of TransformStream).
function CreateWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = ObjectCreate(WritableStream.prototype);
  stream[kType] = 'WritableStream';
  InitializeWritableStream(stream);
  const controller = createWritableStreamDefaultController();
  SetUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

function InitializeWritableStream(stream) {
  stream[kState] = {
    __proto__: null,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: new Queue(),
    backpressure: false,
  };
  // For node:stream (finished, addAbortSignal): settled when the stream closes or
  // errors, and the function that errors its controller (Node sets both too).
  stream[kIsClosedPromise] = createDeferred();
  stream[kControllerErrorFunction] = () => {};
}

function IsWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

function SetUpWritableStreamDefaultWriter(writer, stream) {
  if (IsWritableStreamLocked(stream)) throw invalidState('WritableStream is locked');
  const writerSlots = writer[kState];
  const streamSlots = stream[kState];
  writerSlots.stream = stream;
  streamSlots.writer = writer;
  const state = streamSlots.state;
  if (state === 'writable') {
    if (!WritableStreamCloseQueuedOrInFlight(stream) && streamSlots.backpressure) {
      writerSlots.readyPromise = createTrackedDeferred();
    } else {
      writerSlots.readyPromise = createResolvedDeferred(undefined);
    }
    writerSlots.closedPromise = createTrackedDeferred();
  } else if (state === 'erroring') {
    writerSlots.readyPromise = createRejectedDeferred(streamSlots.storedError);
    writerSlots.closedPromise = createTrackedDeferred();
  } else if (state === 'closed') {
    writerSlots.readyPromise = createResolvedDeferred(undefined);
    writerSlots.closedPromise = createResolvedDeferred(undefined);
  } else {
    writerSlots.readyPromise = createRejectedDeferred(streamSlots.storedError);
    writerSlots.closedPromise = createRejectedDeferred(streamSlots.storedError);
  }
}

// Node: lib/internal/webstreams/writablestream.js writableStreamAbort
function WritableStreamAbort(stream, reason) {
  const slots = stream[kState];
  if (slots.state === 'closed' || slots.state === 'errored') return promiseResolvedWith(undefined);
  signalControllerAbort(slots.controller, reason);
  // Signalling abort runs author code, which may have changed the state.
  const state = slots.state;
  if (state === 'closed' || state === 'errored') return promiseResolvedWith(undefined);
  if (slots.pendingAbortRequest !== undefined) return slots.pendingAbortRequest.promise.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const promise = createDeferred();
  slots.pendingAbortRequest = { __proto__: null, promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) WritableStreamStartErroring(stream, reason);
  return promise.promise;
}

// Node: lib/internal/webstreams/writablestream.js writableStreamClose
function WritableStreamClose(stream) {
  const slots = stream[kState];
  const state = slots.state;
  if (state === 'closed' || state === 'errored') {
    return promiseRejectedWith(invalidState('WritableStream is closed'));
  }
  const promise = createDeferred();
  slots.closeRequest = promise;
  const writer = slots.writer;
  if (writer !== undefined && slots.backpressure && state === 'writable') {
    writer[kState].readyPromise.resolve(undefined);
  }
  WritableStreamDefaultControllerClose(slots.controller);
  return promise.promise;
}

// ---- Interfacing with controllers (§5.5.2) ------------------------------------------------

function WritableStreamAddWriteRequest(stream) {
  const promise = createDeferred();
  stream[kState].writeRequests.push(promise);
  return promise.promise;
}

function WritableStreamCloseQueuedOrInFlight(stream) {
  const slots = stream[kState];
  return slots.closeRequest !== undefined || slots.inFlightCloseRequest !== undefined;
}

function WritableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    WritableStreamStartErroring(stream, error);
    return;
  }
  WritableStreamFinishErroring(stream);
}

function WritableStreamFinishErroring(stream) {
  const slots = stream[kState];
  slots.state = 'errored';
  WritableStreamDefaultControllerErrorSteps(slots.controller);
  const storedError = slots.storedError;
  const writeRequests = slots.writeRequests;
  slots.writeRequests = new Queue();
  for (let i = 0; i < writeRequests.length; i++) writeRequests.at(i).reject(storedError);
  const abortRequest = slots.pendingAbortRequest;
  if (abortRequest === undefined) {
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  slots.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = WritableStreamDefaultControllerAbortSteps(slots.controller, abortRequest.reason);
  uponPromise(promise, () => {
    abortRequest.promise.resolve(undefined);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.promise.reject(reason);
    WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function WritableStreamFinishInFlightClose(stream) {
  const slots = stream[kState];
  slots.inFlightCloseRequest.resolve(undefined);
  slots.inFlightCloseRequest = undefined;
  if (slots.state === 'erroring') {
    slots.storedError = undefined;
    if (slots.pendingAbortRequest !== undefined) {
      slots.pendingAbortRequest.promise.resolve(undefined);
      slots.pendingAbortRequest = undefined;
    }
  }
  slots.state = 'closed';
  const writer = slots.writer;
  if (writer !== undefined) writer[kState].closedPromise.resolve(undefined);
  stream[kIsClosedPromise].resolve();
}

function WritableStreamFinishInFlightCloseWithError(stream, error) {
  const slots = stream[kState];
  slots.inFlightCloseRequest.reject(error);
  slots.inFlightCloseRequest = undefined;
  if (slots.pendingAbortRequest !== undefined) {
    slots.pendingAbortRequest.promise.reject(error);
    slots.pendingAbortRequest = undefined;
  }
  WritableStreamDealWithRejection(stream, error);
}

function WritableStreamFinishInFlightWrite(stream) {
  const slots = stream[kState];
  slots.inFlightWriteRequest.resolve(undefined);
  slots.inFlightWriteRequest = undefined;
}

function WritableStreamFinishInFlightWriteWithError(stream, error) {
  const slots = stream[kState];
  slots.inFlightWriteRequest.reject(error);
  slots.inFlightWriteRequest = undefined;
  WritableStreamDealWithRejection(stream, error);
}

function WritableStreamHasOperationMarkedInFlight(stream) {
  const slots = stream[kState];
  return slots.inFlightWriteRequest !== undefined || slots.inFlightCloseRequest !== undefined;
}

function WritableStreamMarkCloseRequestInFlight(stream) {
  const slots = stream[kState];
  slots.inFlightCloseRequest = slots.closeRequest;
  slots.closeRequest = undefined;
}

function WritableStreamMarkFirstWriteRequestInFlight(stream) {
  const slots = stream[kState];
  slots.inFlightWriteRequest = slots.writeRequests.shift();
}

function WritableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const slots = stream[kState];
  if (slots.closeRequest !== undefined) {
    slots.closeRequest.reject(slots.storedError);
    slots.closeRequest = undefined;
  }
  setPromiseIsHandledToTrue(stream[kIsClosedPromise].promise);
  stream[kIsClosedPromise].reject(slots.storedError);
  const writer = slots.writer;
  if (writer !== undefined) {
    const closedPromise = writer[kState].closedPromise;
    closedPromise.reject(slots.storedError);
    setPromiseIsHandledToTrue(closedPromise.promise);
  }
}

function WritableStreamStartErroring(stream, reason) {
  const slots = stream[kState];
  const controller = slots.controller;
  slots.state = 'erroring';
  slots.storedError = reason;
  const writer = slots.writer;
  if (writer !== undefined) WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  if (!WritableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    WritableStreamFinishErroring(stream);
  }
}

function WritableStreamUpdateBackpressure(stream, backpressure) {
  const slots = stream[kState];
  const writer = slots.writer;
  if (writer !== undefined && backpressure !== slots.backpressure) {
    if (backpressure) {
      writer[kState].readyPromise = createTrackedDeferred();
    } else {
      writer[kState].readyPromise.resolve(undefined);
    }
  }
  slots.backpressure = backpressure;
}

// ---- Writers (§5.5.3) ---------------------------------------------------------------------

function WritableStreamDefaultWriterAbort(writer, reason) {
  return WritableStreamAbort(writer[kState].stream, reason);
}

function WritableStreamDefaultWriterClose(writer) {
  return WritableStreamClose(writer[kState].stream);
}

function WritableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (WritableStreamCloseQueuedOrInFlight(stream) || state === 'closed') return promiseResolvedWith(undefined);
  if (state === 'errored') return promiseRejectedWith(stream[kState].storedError);
  return WritableStreamDefaultWriterClose(writer);
}

function WritableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  const slots = writer[kState];
  if (slots.closedPromise.state === 'pending') {
    slots.closedPromise.reject(error);
    setPromiseIsHandledToTrue(slots.closedPromise.promise);
  } else {
    slots.closedPromise = createRejectedDeferred(error);
  }
}

function WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  const slots = writer[kState];
  if (slots.readyPromise.state === 'pending') {
    slots.readyPromise.reject(error);
    setPromiseIsHandledToTrue(slots.readyPromise.promise);
  } else {
    slots.readyPromise = createRejectedDeferred(error);
  }
}

function WritableStreamDefaultWriterGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return WritableStreamDefaultControllerGetDesiredSize(stream[kState].controller);
}

function WritableStreamDefaultWriterRelease(writer) {
  const stream = writer[kState].stream;
  const releasedError = writerReleasedError();
  WritableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  WritableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

// Node: lib/internal/webstreams/writablestream.js writableStreamDefaultWriterWrite
function WritableStreamDefaultWriterWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = WritableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return promiseRejectedWith(invalidState('Mismatched WritableStreams'));
  }
  const slots = stream[kState];
  const state = slots.state;
  if (state === 'errored') return promiseRejectedWith(slots.storedError);
  if (WritableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return promiseRejectedWith(invalidState('WritableStream is closed'));
  }
  if (state === 'erroring') return promiseRejectedWith(slots.storedError);
  const promise = WritableStreamAddWriteRequest(stream);
  WritableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

// ---- Default controllers (§5.5.4) ---------------------------------------------------------

function createWritableStreamDefaultController() {
  const controller = ObjectCreate(WritableStreamDefaultController.prototype);
  controller[kType] = 'WritableStreamDefaultController';
  return controller;
}

function SetUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
                                              closeAlgorithm, abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  controller[kState] = {
    __proto__: null,
    stream,
    queue: new Queue(),
    queueTotalSize: 0,
    abortController: undefined,
    abortRequested: false,
    abortReason: undefined,
    started: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    // The reactions to a write's promise (WritableStreamDefaultControllerProcessWrite).
    writeSettled: undefined,
    writeFailed: undefined,
  };
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = WritableStreamDefaultController.prototype.error.bind(controller);
  const backpressure = WritableStreamDefaultControllerGetBackpressure(controller);
  WritableStreamUpdateBackpressure(stream, backpressure);
  const startResult = startAlgorithm();
  const startPromise = promiseResolvedWith(startResult);
  uponPromise(startPromise, () => {
    controller[kState].started = true;
    WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    controller[kState].started = true;
    WritableStreamDealWithRejection(stream, r);
  });
}

function SetUpWritableStreamDefaultControllerFromUnderlyingSink(stream, underlyingSink, sinkDict,
                                                                highWaterMark, sizeAlgorithm) {
  const controller = createWritableStreamDefaultController();
  let startAlgorithm = () => undefined;
  let writeAlgorithm = () => promiseResolvedWith(undefined);
  let closeAlgorithm = () => promiseResolvedWith(undefined);
  let abortAlgorithm = () => promiseResolvedWith(undefined);
  const { start, write, close, abort } = sinkDict;
  if (start !== undefined) startAlgorithm = () => ReflectApply(start, underlyingSink, [controller]);
  if (write !== undefined) writeAlgorithm = (chunk) => promiseCall(write, underlyingSink, [chunk, controller]);
  if (close !== undefined) closeAlgorithm = () => promiseCall(close, underlyingSink, []);
  if (abort !== undefined) abortAlgorithm = (reason) => promiseCall(abort, underlyingSink, [reason]);
  SetUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm,
    closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm);
}

function WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  const slots = controller[kState];
  const stream = slots.stream;
  if (!slots.started) return;
  if (stream[kState].inFlightWriteRequest !== undefined) return;
  const state = stream[kState].state;
  if (state === 'erroring') {
    WritableStreamFinishErroring(stream);
    return;
  }
  if (slots.queue.length === 0) return;
  const value = PeekQueueValue(slots);
  if (value === closeSentinel) {
    WritableStreamDefaultControllerProcessClose(controller);
  } else {
    WritableStreamDefaultControllerProcessWrite(controller, value);
  }
}

function WritableStreamDefaultControllerClearAlgorithms(controller) {
  const slots = controller[kState];
  slots.writeAlgorithm = undefined;
  slots.closeAlgorithm = undefined;
  slots.abortAlgorithm = undefined;
  slots.strategySizeAlgorithm = undefined;
}

function WritableStreamDefaultControllerClose(controller) {
  EnqueueValueWithSize(controller[kState], closeSentinel, 0);
  WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

function WritableStreamDefaultControllerError(controller, error) {
  const stream = controller[kState].stream;
  WritableStreamDefaultControllerClearAlgorithms(controller);
  WritableStreamStartErroring(stream, error);
}

function WritableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    WritableStreamDefaultControllerError(controller, error);
  }
}

function WritableStreamDefaultControllerGetBackpressure(controller) {
  return WritableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

function WritableStreamDefaultControllerGetChunkSize(controller, chunk) {
  const sizeAlgorithm = controller[kState].strategySizeAlgorithm;
  if (sizeAlgorithm === undefined) return 1;
  try {
    return sizeAlgorithm(chunk);
  } catch (error) {
    WritableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function WritableStreamDefaultControllerGetDesiredSize(controller) {
  const slots = controller[kState];
  return slots.strategyHWM - slots.queueTotalSize;
}

function WritableStreamDefaultControllerProcessClose(controller) {
  const slots = controller[kState];
  const stream = slots.stream;
  WritableStreamMarkCloseRequestInFlight(stream);
  DequeueValue(slots);
  const sinkClosePromise = slots.closeAlgorithm();
  WritableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise,
    () => WritableStreamFinishInFlightClose(stream),
    (reason) => WritableStreamFinishInFlightCloseWithError(stream, reason));
}

function WritableStreamDefaultControllerProcessWrite(controller, chunk) {
  const slots = controller[kState];
  const stream = slots.stream;
  WritableStreamMarkFirstWriteRequestInFlight(stream);
  const sinkWritePromise = slots.writeAlgorithm(chunk);
  // The steps upon the sink's promise depend on the controller only: made once for it.
  if (slots.writeSettled === undefined) {
    slots.writeSettled = () => {
      WritableStreamFinishInFlightWrite(stream);
      const state = stream[kState].state;
      DequeueValue(slots);
      if (state === 'writable') WritableStreamDefaultControllerUpdateBackpressure(stream, slots);
      WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
    };
    slots.writeFailed = (reason) => {
      if (stream[kState].state === 'writable') WritableStreamDefaultControllerClearAlgorithms(controller);
      WritableStreamFinishInFlightWriteWithError(stream, reason);
    };
  }
  uponPromise(sinkWritePromise, slots.writeSettled, slots.writeFailed);
}

/// The step WritableStreamDefaultControllerWrite and ProcessWrite both end with, for a
/// stream whose state was "writable": unless a close is queued or in flight
/// (WritableStreamCloseQueuedOrInFlight), the backpressure follows the desired size
/// (GetBackpressure), with those one-line helpers written out: it runs after every write.
function WritableStreamDefaultControllerUpdateBackpressure(stream, controllerSlots) {
  const streamSlots = stream[kState];
  if (streamSlots.closeRequest === undefined && streamSlots.inFlightCloseRequest === undefined) {
    WritableStreamUpdateBackpressure(stream, controllerSlots.strategyHWM - controllerSlots.queueTotalSize <= 0);
  }
}

function WritableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  const slots = controller[kState];
  try {
    EnqueueValueWithSize(slots, chunk, chunkSize);
  } catch (error) {
    WritableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = slots.stream;
  if (stream[kState].state === 'writable') WritableStreamDefaultControllerUpdateBackpressure(stream, slots);
  WritableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,

  isWritableStream,
  isWritableStreamDefaultWriter,
  isWritableStreamDefaultController,

  AcquireWritableStreamDefaultWriter,
  CreateWritableStream,
  InitializeWritableStream,
  IsWritableStreamLocked,
  SetUpWritableStreamDefaultWriter,
  WritableStreamAbort,
  WritableStreamClose,
  WritableStreamAddWriteRequest,
  WritableStreamCloseQueuedOrInFlight,
  WritableStreamDealWithRejection,
  WritableStreamFinishErroring,
  WritableStreamFinishInFlightClose,
  WritableStreamFinishInFlightCloseWithError,
  WritableStreamFinishInFlightWrite,
  WritableStreamFinishInFlightWriteWithError,
  WritableStreamHasOperationMarkedInFlight,
  WritableStreamMarkCloseRequestInFlight,
  WritableStreamMarkFirstWriteRequestInFlight,
  WritableStreamRejectCloseAndClosedPromiseIfNeeded,
  WritableStreamStartErroring,
  WritableStreamUpdateBackpressure,
  WritableStreamDefaultWriterAbort,
  WritableStreamDefaultWriterClose,
  WritableStreamDefaultWriterCloseWithErrorPropagation,
  WritableStreamDefaultWriterEnsureClosedPromiseRejected,
  WritableStreamDefaultWriterEnsureReadyPromiseRejected,
  WritableStreamDefaultWriterGetDesiredSize,
  WritableStreamDefaultWriterRelease,
  WritableStreamDefaultWriterWrite,
  SetUpWritableStreamDefaultController,
  SetUpWritableStreamDefaultControllerFromUnderlyingSink,
  WritableStreamDefaultControllerAbortSteps,
  WritableStreamDefaultControllerErrorSteps,
  WritableStreamDefaultControllerAdvanceQueueIfNeeded,
  WritableStreamDefaultControllerClearAlgorithms,
  WritableStreamDefaultControllerClose,
  WritableStreamDefaultControllerError,
  WritableStreamDefaultControllerErrorIfNeeded,
  WritableStreamDefaultControllerGetBackpressure,
  WritableStreamDefaultControllerGetChunkSize,
  WritableStreamDefaultControllerGetDesiredSize,
  WritableStreamDefaultControllerProcessClose,
  WritableStreamDefaultControllerProcessWrite,
  WritableStreamDefaultControllerWrite,
};
