// internal/webstreams/transformstream (Node: lib/internal/webstreams/transformstream.js):
// TransformStream and TransformStreamDefaultController (Streams Standard §6), written as
// the standard's abstract operations, under their names. A TransformStream is a
// ReadableStream and a WritableStream made with CreateReadableStream/CreateWritableStream
// whose algorithms call into the transformer.
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
  createDeferred,
  promiseResolvedWith,
  promiseRejectedWith,
  promiseCall,
  uponPromise,
  transformPromiseWith,
  convertQueuingStrategy,
  ExtractHighWaterMark,
  ExtractSizeAlgorithm,
  convertCallback,
  defaultSizeAlgorithm,
  customInspectSymbol,
  customInspect,
  defineInterface,
  invalidState,
} = require('internal/webstreams/util');

const {
  CreateReadableStream,
  ReadableStreamDefaultControllerCanCloseOrEnqueue,
  ReadableStreamDefaultControllerClose,
  ReadableStreamDefaultControllerEnqueue,
  ReadableStreamDefaultControllerError,
  ReadableStreamDefaultControllerGetDesiredSize,
  ReadableStreamDefaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');

const {
  CreateWritableStream,
  WritableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

let isPromiseFn;
function isPromise(value) {
  if (isPromiseFn === undefined) isPromiseFn = require('internal/util/types').isPromise;
  return isPromiseFn(value);
}

const isTransformStream = isBrandCheck('TransformStream');
const isTransformStreamDefaultController = isBrandCheck('TransformStreamDefaultController');

// ---- TransformStream (§6.2) ---------------------------------------------------------------

/// The Transformer dictionary (members in WebIDL order: cancel, flush, readableType, start,
/// transform, writableType).
function convertTransformer(transformer) {
  if (transformer === null) return { __proto__: null };
  return {
    __proto__: null,
    cancel: convertCallback(transformer.cancel, 'transformer.cancel'),
    flush: convertCallback(transformer.flush, 'transformer.flush'),
    readableType: transformer.readableType,
    start: convertCallback(transformer.start, 'transformer.start'),
    transform: convertCallback(transformer.transform, 'transformer.transform'),
    writableType: transformer.writableType,
  };
}

// Node: lib/internal/webstreams/transformstream.js TransformStream
class TransformStream {
  [kType] = 'TransformStream';

  constructor(transformer = null, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer !== null && typeof transformer !== 'object' && typeof transformer !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    const writableStrategyDict = convertQueuingStrategy(writableStrategy, 'writableStrategy');
    const readableStrategyDict = convertQueuingStrategy(readableStrategy, 'readableStrategy');
    const transformerDict = convertTransformer(transformer);
    if (transformerDict.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', transformerDict.readableType);
    }
    if (transformerDict.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', transformerDict.writableType);
    }
    const readableHighWaterMark = ExtractHighWaterMark(readableStrategyDict, 0);
    const readableSizeAlgorithm = ExtractSizeAlgorithm(readableStrategyDict);
    const writableHighWaterMark = ExtractHighWaterMark(writableStrategyDict, 1);
    const writableSizeAlgorithm = ExtractSizeAlgorithm(writableStrategyDict);
    const startPromise = createDeferred();
    InitializeTransformStream(this, startPromise, writableHighWaterMark, writableSizeAlgorithm,
      readableHighWaterMark, readableSizeAlgorithm);
    SetUpTransformStreamDefaultControllerFromTransformer(this, transformer, transformerDict);
    if (transformerDict.start !== undefined) {
      startPromise.resolve(ReflectApply(transformerDict.start, transformer, [this[kState].controller]));
    } else {
      startPromise.resolve(undefined);
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    return customInspect(depth, options, this[kType], {
      readable: state.readable,
      writable: state.writable,
      backpressure: state.backpressure,
    });
  }
}

defineInterface(TransformStream, ['readable', 'writable']);

// ---- TransformStreamDefaultController (§6.3) ----------------------------------------------

// Node: lib/internal/webstreams/transformstream.js TransformStreamDefaultController
class TransformStreamDefaultController {
  [kType] = 'TransformStreamDefaultController';

  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    const readableController = this[kState].stream[kState].readable[kState].controller;
    return ReadableStreamDefaultControllerGetDesiredSize(readableController);
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    TransformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    TransformStreamDefaultControllerError(this, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    TransformStreamDefaultControllerTerminate(this);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, this[kType], { stream: this[kState].stream });
  }
}

defineInterface(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate']);

// ---- Working with transform streams (§6.4.1) ----------------------------------------------

function InitializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                                   readableHighWaterMark, readableSizeAlgorithm) {
  stream[kState] = {
    __proto__: null,
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  const startAlgorithm = () => startPromise.promise;
  const writeAlgorithm = (chunk) => TransformStreamDefaultSinkWriteAlgorithm(stream, chunk);
  const abortAlgorithm = (reason) => TransformStreamDefaultSinkAbortAlgorithm(stream, reason);
  const closeAlgorithm = () => TransformStreamDefaultSinkCloseAlgorithm(stream);
  stream[kState].writable = CreateWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
    writableHighWaterMark, writableSizeAlgorithm);
  const pullAlgorithm = () => TransformStreamDefaultSourcePullAlgorithm(stream);
  const cancelAlgorithm = (reason) => TransformStreamDefaultSourceCancelAlgorithm(stream, reason);
  stream[kState].readable = CreateReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
    readableHighWaterMark, readableSizeAlgorithm);
  TransformStreamSetBackpressure(stream, true);
}

function TransformStreamError(stream, e) {
  ReadableStreamDefaultControllerError(stream[kState].readable[kState].controller, e);
  TransformStreamErrorWritableAndUnblockWrite(stream, e);
}

function TransformStreamErrorWritableAndUnblockWrite(stream, e) {
  TransformStreamDefaultControllerClearAlgorithms(stream[kState].controller);
  WritableStreamDefaultControllerErrorIfNeeded(stream[kState].writable[kState].controller, e);
  TransformStreamUnblockWrite(stream);
}

function TransformStreamSetBackpressure(stream, backpressure) {
  const slots = stream[kState];
  if (slots.backpressureChangePromise !== undefined) slots.backpressureChangePromise.resolve(undefined);
  slots.backpressureChangePromise = createDeferred();
  slots.backpressure = backpressure;
}

function TransformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) TransformStreamSetBackpressure(stream, false);
}

/// A TransformStream driven by the given algorithms (the "set up" of §9.3.1 for other
/// specifications, e.g. TextEncoderStream): each algorithm may return a promise or not, and
/// a throw becomes a rejected promise.
function CreateTransformStream(transformAlgorithm, flushAlgorithm = undefined, cancelAlgorithm = undefined) {
  const stream = ObjectCreate(TransformStream.prototype);
  stream[kType] = 'TransformStream';
  const wrap = (algorithm) => (...args) => {
    if (algorithm === undefined) return promiseResolvedWith(undefined);
    let result;
    try {
      result = algorithm(...args);
    } catch (error) {
      return promiseRejectedWith(error);
    }
    return isPromise(result) ? result : promiseResolvedWith(undefined);
  };
  const startPromise = createDeferred();
  startPromise.resolve(undefined);
  InitializeTransformStream(stream, startPromise, 1, defaultSizeAlgorithm, 0, defaultSizeAlgorithm);
  const controller = ObjectCreate(TransformStreamDefaultController.prototype);
  controller[kType] = 'TransformStreamDefaultController';
  SetUpTransformStreamDefaultController(stream, controller, wrap(transformAlgorithm), wrap(flushAlgorithm),
    wrap(cancelAlgorithm));
  return stream;
}

// ---- Default controllers (§6.4.2) ---------------------------------------------------------

function SetUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
                                               cancelAlgorithm) {
  controller[kState] = {
    __proto__: null,
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function SetUpTransformStreamDefaultControllerFromTransformer(stream, transformer, transformerDict) {
  const controller = ObjectCreate(TransformStreamDefaultController.prototype);
  controller[kType] = 'TransformStreamDefaultController';
  let transformAlgorithm = (chunk) => {
    try {
      TransformStreamDefaultControllerEnqueue(controller, chunk);
    } catch (error) {
      return promiseRejectedWith(error);
    }
    return promiseResolvedWith(undefined);
  };
  let flushAlgorithm = () => promiseResolvedWith(undefined);
  let cancelAlgorithm = () => promiseResolvedWith(undefined);
  const { transform, flush, cancel } = transformerDict;
  if (transform !== undefined) {
    transformAlgorithm = (chunk) => promiseCall(transform, transformer, [chunk, controller]);
  }
  if (flush !== undefined) flushAlgorithm = () => promiseCall(flush, transformer, [controller]);
  if (cancel !== undefined) cancelAlgorithm = (reason) => promiseCall(cancel, transformer, [reason]);
  SetUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

function TransformStreamDefaultControllerClearAlgorithms(controller) {
  const slots = controller[kState];
  slots.transformAlgorithm = undefined;
  slots.flushAlgorithm = undefined;
  slots.cancelAlgorithm = undefined;
}

// Node: lib/internal/webstreams/transformstream.js transformStreamDefaultControllerEnqueue
function TransformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = stream[kState].readable;
  const readableController = readable[kState].controller;
  if (!ReadableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw invalidState('Unable to enqueue');
  }
  try {
    ReadableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    TransformStreamErrorWritableAndUnblockWrite(stream, error);
    throw readable[kState].storedError;
  }
  const backpressure = ReadableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream[kState].backpressure) TransformStreamSetBackpressure(stream, true);
}

function TransformStreamDefaultControllerError(controller, e) {
  TransformStreamError(controller[kState].stream, e);
}

function TransformStreamDefaultControllerPerformTransform(controller, chunk) {
  const transformPromise = controller[kState].transformAlgorithm(chunk);
  return transformPromiseWith(transformPromise, undefined, (r) => {
    TransformStreamError(controller[kState].stream, r);
    throw r;
  });
}

function TransformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  const readableController = stream[kState].readable[kState].controller;
  ReadableStreamDefaultControllerClose(readableController);
  const error = invalidState('TransformStream has been terminated');
  TransformStreamErrorWritableAndUnblockWrite(stream, error);
}

// ---- Default sinks (§6.4.3) ---------------------------------------------------------------

function TransformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    const backpressureChangePromise = stream[kState].backpressureChangePromise.promise;
    return transformPromiseWith(backpressureChangePromise, () => {
      const writable = stream[kState].writable;
      const state = writable[kState].state;
      if (state === 'erroring') throw writable[kState].storedError;
      return TransformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return TransformStreamDefaultControllerPerformTransform(controller, chunk);
}

function TransformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const slots = controller[kState];
  if (slots.finishPromise !== undefined) return slots.finishPromise.promise;
  const readable = stream[kState].readable;
  const finishPromise = createDeferred();
  slots.finishPromise = finishPromise;
  const cancelPromise = slots.cancelAlgorithm(reason);
  TransformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, () => {
    if (readable[kState].state === 'errored') {
      finishPromise.reject(readable[kState].storedError);
    } else {
      ReadableStreamDefaultControllerError(readable[kState].controller, reason);
      finishPromise.resolve(undefined);
    }
  }, (r) => {
    ReadableStreamDefaultControllerError(readable[kState].controller, r);
    finishPromise.reject(r);
  });
  return finishPromise.promise;
}

function TransformStreamDefaultSinkCloseAlgorithm(stream) {
  const controller = stream[kState].controller;
  const slots = controller[kState];
  if (slots.finishPromise !== undefined) return slots.finishPromise.promise;
  const readable = stream[kState].readable;
  const finishPromise = createDeferred();
  slots.finishPromise = finishPromise;
  const flushPromise = slots.flushAlgorithm();
  TransformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(flushPromise, () => {
    if (readable[kState].state === 'errored') {
      finishPromise.reject(readable[kState].storedError);
    } else {
      ReadableStreamDefaultControllerClose(readable[kState].controller);
      finishPromise.resolve(undefined);
    }
  }, (r) => {
    ReadableStreamDefaultControllerError(readable[kState].controller, r);
    finishPromise.reject(r);
  });
  return finishPromise.promise;
}

// ---- Default sources (§6.4.4) -------------------------------------------------------------

function TransformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  const controller = stream[kState].controller;
  const slots = controller[kState];
  if (slots.finishPromise !== undefined) return slots.finishPromise.promise;
  const writable = stream[kState].writable;
  const finishPromise = createDeferred();
  slots.finishPromise = finishPromise;
  const cancelPromise = slots.cancelAlgorithm(reason);
  TransformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, () => {
    if (writable[kState].state === 'errored') {
      finishPromise.reject(writable[kState].storedError);
    } else {
      WritableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      TransformStreamUnblockWrite(stream);
      finishPromise.resolve(undefined);
    }
  }, (r) => {
    WritableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, r);
    TransformStreamUnblockWrite(stream);
    finishPromise.reject(r);
  });
  return finishPromise.promise;
}

function TransformStreamDefaultSourcePullAlgorithm(stream) {
  TransformStreamSetBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,

  isTransformStream,
  isTransformStreamDefaultController,

  CreateTransformStream,
  InitializeTransformStream,
  TransformStreamError,
  TransformStreamErrorWritableAndUnblockWrite,
  TransformStreamSetBackpressure,
  TransformStreamUnblockWrite,
  SetUpTransformStreamDefaultController,
  SetUpTransformStreamDefaultControllerFromTransformer,
  TransformStreamDefaultControllerClearAlgorithms,
  TransformStreamDefaultControllerEnqueue,
  TransformStreamDefaultControllerError,
  TransformStreamDefaultControllerPerformTransform,
  TransformStreamDefaultControllerTerminate,
  TransformStreamDefaultSinkWriteAlgorithm,
  TransformStreamDefaultSinkAbortAlgorithm,
  TransformStreamDefaultSinkCloseAlgorithm,
  TransformStreamDefaultSourceCancelAlgorithm,
  TransformStreamDefaultSourcePullAlgorithm,
};
