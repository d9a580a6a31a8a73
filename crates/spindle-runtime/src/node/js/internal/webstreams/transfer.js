// internal/webstreams/transfer (Node: lib/internal/webstreams/transfer.js): transferable
// streams (Streams Standard §8.2 "Transferable streams"). A transferred stream travels as a
// MessagePort: the sending side pipes the stream into (or from) a cross-realm transform
// over one end of a new channel, and the receiving side builds a stream over the other
// end. The two sides talk in `{ type, value }` messages — `chunk`, `close` and `error` one
// way, `pull` (a credit for one chunk) the other way — so a writer on one thread waits for
// the reader on the other: the producer is never more than the queues' high-water marks
// ahead of the consumer.
//
// The runtime (crates/spindle-runtime/src/worker/transfer.rs) calls transferSteps when a
// stream is in a transfer list and receiveSteps in the agent that gets it.
//
// Beyond the standard: when the other side's agent ends (a worker exits, crashes or is
// terminated) its ports close, and a stream that had not finished errors with Node's
// ERR_STREAM_PREMATURE_CLOSE instead of waiting for ever; so a `for await` over it ends.
'use strict';

const {
  codes: { ERR_STREAM_PREMATURE_CLOSE },
} = require('internal/errors');

const {
  kState,
  kType,
  promiseResolvedWith,
  promiseRejectedWith,
  createDeferred,
  setPromiseIsHandledToTrue,
  transformPromiseWith,
} = require('internal/webstreams/util');

const {
  CreateReadableStream,
  IsReadableStreamLocked,
  ReadableStreamPipeTo,
  ReadableStreamDefaultControllerClose,
  ReadableStreamDefaultControllerEnqueue,
  ReadableStreamDefaultControllerError,
} = require('internal/webstreams/readablestream');

const {
  CreateWritableStream,
  IsWritableStreamLocked,
  WritableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const { TransformStream } = require('internal/webstreams/transformstream');

let MessageChannel;
function newChannel() {
  MessageChannel ??= require('internal/worker/io').MessageChannel;
  return new MessageChannel();
}

const sizeOfOne = () => 1;

/// §8.2 PackAndPostMessage(port, type, value)
function PackAndPostMessage(port, type, value) {
  const message = { __proto__: null, type, value };
  // The standard's transfer list is empty: the same as none.
  port.postMessage(message);
}

/// §8.2 CrossRealmTransformSendError(port, error)
function CrossRealmTransformSendError(port, error) {
  try {
    PackAndPostMessage(port, 'error', error);
  } catch {
    // The error itself could not be cloned: nothing more can be said.
  }
}

/// §8.2 PackAndPostMessageHandlingError(port, type, value): a value that cannot be cloned
/// errors the other side instead, and is thrown here.
function PackAndPostMessageHandlingError(port, type, value) {
  try {
    PackAndPostMessage(port, type, value);
  } catch (error) {
    CrossRealmTransformSendError(port, error);
    throw error;
  }
}

/// Disentangle(port) (HTML §9.4.4): the port closes; the other side gets `close`.
function Disentangle(port) {
  port.close();
}

/// The cancel algorithm of a cross-realm readable and the abort algorithm of a cross-realm
/// writable (§8.2): the reason goes to the other side, and the port is disentangled.
function sendErrorAndDisentangle(port, reason) {
  try {
    PackAndPostMessageHandlingError(port, 'error', reason);
  } catch (error) {
    Disentangle(port);
    return promiseRejectedWith(error);
  }
  Disentangle(port);
  return promiseResolvedWith(undefined);
}

function dataCloneError() {
  return new DOMException('Unable to deserialize cloned data.', 'DataCloneError');
}

/// §8.2 SetUpCrossRealmTransformReadable(stream, port); returns the stream (made here as
/// CreateReadableStream does with high-water mark 0 and size 1).
function SetUpCrossRealmTransformReadable(port) {
  let controller;
  let finished = false;
  const stream = CreateReadableStream(
    // startAlgorithm
    () => undefined,
    // pullAlgorithm: one credit for one chunk.
    () => {
      PackAndPostMessage(port, 'pull', undefined);
      return promiseResolvedWith(undefined);
    },
    // cancelAlgorithm
    (reason) => {
      finished = true;
      return sendErrorAndDisentangle(port, reason);
    },
    0,
    sizeOfOne,
  );
  controller = stream[kState].controller;
  port.on('message', ({ type, value }) => {
    if (type === 'chunk') {
      ReadableStreamDefaultControllerEnqueue(controller, value);
    } else if (type === 'close') {
      finished = true;
      ReadableStreamDefaultControllerClose(controller);
      Disentangle(port);
    } else if (type === 'error') {
      finished = true;
      ReadableStreamDefaultControllerError(controller, value);
      Disentangle(port);
    }
  });
  port.addEventListener('messageerror', () => {
    finished = true;
    const error = dataCloneError();
    CrossRealmTransformSendError(port, error);
    ReadableStreamDefaultControllerError(controller, error);
    Disentangle(port);
  });
  port.addEventListener('close', () => {
    if (finished) return;
    finished = true;
    ReadableStreamDefaultControllerError(controller, new ERR_STREAM_PREMATURE_CLOSE());
  });
  port.start();
  return stream;
}

/// §8.2 SetUpCrossRealmTransformWritable(stream, port); returns the stream (high-water
/// mark 1, size 1).
function SetUpCrossRealmTransformWritable(port) {
  let controller;
  let finished = false;
  // Resolved by the other side's `pull`: the credit for the next chunk.
  let backpressurePromise = createDeferred();
  // The chunk of the write in progress (a writable stream runs one write at a time), sent
  // once the credit for it is there.
  let pendingChunk;
  const sendPendingChunk = () => {
    const chunk = pendingChunk;
    pendingChunk = undefined;
    backpressurePromise = createDeferred();
    try {
      PackAndPostMessageHandlingError(port, 'chunk', chunk);
    } catch (error) {
      finished = true;
      Disentangle(port);
      return promiseRejectedWith(error);
    }
    return promiseResolvedWith(undefined);
  };
  const stream = CreateWritableStream(
    // startAlgorithm
    () => undefined,
    // writeAlgorithm
    (chunk) => {
      if (backpressurePromise === undefined) {
        backpressurePromise = { promise: promiseResolvedWith(undefined), resolve() {} };
      }
      pendingChunk = chunk;
      return transformPromiseWith(backpressurePromise.promise, sendPendingChunk);
    },
    // closeAlgorithm
    () => {
      finished = true;
      PackAndPostMessage(port, 'close', undefined);
      Disentangle(port);
      return promiseResolvedWith(undefined);
    },
    // abortAlgorithm
    (reason) => {
      finished = true;
      return sendErrorAndDisentangle(port, reason);
    },
    1,
    sizeOfOne,
  );
  controller = stream[kState].controller;
  const releaseBackpressure = () => {
    if (backpressurePromise !== undefined) {
      backpressurePromise.resolve(undefined);
      backpressurePromise = undefined;
    }
  };
  port.on('message', ({ type, value }) => {
    if (type === 'pull') {
      releaseBackpressure();
    } else if (type === 'error') {
      finished = true;
      WritableStreamDefaultControllerErrorIfNeeded(controller, value);
      releaseBackpressure();
    }
  });
  port.addEventListener('messageerror', () => {
    finished = true;
    const error = dataCloneError();
    CrossRealmTransformSendError(port, error);
    WritableStreamDefaultControllerErrorIfNeeded(controller, error);
    Disentangle(port);
  });
  port.addEventListener('close', () => {
    if (finished) return;
    finished = true;
    WritableStreamDefaultControllerErrorIfNeeded(controller, new ERR_STREAM_PREMATURE_CLOSE());
    releaseBackpressure();
  });
  port.start();
  return stream;
}

function lockedError(name) {
  return new DOMException(`Cannot transfer a locked ${name}`, 'DataCloneError');
}

/// The transfer steps of a stream (§4.2.?, §5.2.?, §6.2.? "transfer steps"): the ports
/// that carry it (the runtime transfers them in its place).
function transferSteps(stream) {
  switch (stream[kType]) {
    case 'ReadableStream': {
      if (IsReadableStreamLocked(stream)) throw lockedError('ReadableStream');
      const { port1, port2 } = newChannel();
      const writable = SetUpCrossRealmTransformWritable(port1);
      setPromiseIsHandledToTrue(ReadableStreamPipeTo(stream, writable, false, false, false));
      return [port2];
    }
    case 'WritableStream': {
      if (IsWritableStreamLocked(stream)) throw lockedError('WritableStream');
      const { port1, port2 } = newChannel();
      const readable = SetUpCrossRealmTransformReadable(port1);
      setPromiseIsHandledToTrue(ReadableStreamPipeTo(readable, stream, false, false, false));
      return [port2];
    }
    case 'TransformStream': {
      const { readable, writable } = stream[kState];
      if (IsReadableStreamLocked(readable)) throw lockedError('ReadableStream');
      if (IsWritableStreamLocked(writable)) throw lockedError('WritableStream');
      return [...transferSteps(readable), ...transferSteps(writable)];
    }
    default:
      throw new DOMException('Cannot transfer object of unsupported type.', 'DataCloneError');
  }
}

/// The transfer-receiving steps: the new stream over the port(s) that arrived.
function receiveSteps(type, port, secondPort) {
  switch (type) {
    case 'ReadableStream':
      return SetUpCrossRealmTransformReadable(port);
    case 'WritableStream':
      return SetUpCrossRealmTransformWritable(port);
    case 'TransformStream': {
      const transform = Object.create(TransformStream.prototype);
      transform[kType] = 'TransformStream';
      transform[kState] = {
        __proto__: null,
        readable: SetUpCrossRealmTransformReadable(port),
        writable: SetUpCrossRealmTransformWritable(secondPort),
        backpressure: undefined,
        backpressureChangePromise: undefined,
        controller: undefined,
      };
      return transform;
    }
  }
  return undefined;
}

module.exports = { transferSteps, receiveSteps };
