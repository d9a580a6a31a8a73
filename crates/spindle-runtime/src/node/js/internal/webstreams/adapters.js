// internal/webstreams/adapters (Node: lib/internal/webstreams/adapters.js): the bridges
// between node:stream and the WHATWG streams — Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb, Duplex.fromWeb/toWeb. (Node's StreamBase adapters, for its
// native handles, are not part of Spindle.)
'use strict';

const {
  ReadableStream,
  isReadableStream,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  isWritableStream,
} = require('internal/webstreams/writablestream');
const {
  CountQueuingStrategy,
  ByteLengthQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const {
  Writable,
  Readable,
  Duplex,
  destroy,
} = require('stream');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
  createDeferredPromise,
  kEmptyObject,
} = require('internal/streams/utils');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
  AbortError,
} = require('internal/errors');
const {
  validateBoolean,
  validateObject,
} = require('internal/validators');
const finished = require('internal/streams/end-of-stream');

const encoder = new TextEncoder();

// Node: lib/internal/util.js normalizeEncoding, as far as utf8 is concerned.
function isUtf8Encoding(enc) {
  if (enc == null || enc === '') return true;
  const lower = `${enc}`.toLowerCase();
  return lower === 'utf8' || lower === 'utf-8';
}

// Promise.all over mapFn(item), settled through the same number of jobs as Node's
// SafePromiseAll.
function safePromiseAll(items, mapFn) {
  return new Promise((resolve, reject) => {
    const promises = items.map((item, i) => new Promise((res, rej) => {
      mapFn(item, i).then(res, rej);
    }));
    Promise.all(promises).then(resolve, reject);
  });
}

// promise.finally(onFinally), as Node's SafePromisePrototypeFinally.
function safePromiseFinally(promise, onFinally) {
  return new Promise((resolve, reject) => {
    new Promise((res, rej) => promise.then(res, rej))
      .finally(onFinally)
      .then(resolve, reject);
  });
}

// A Uint8Array over the bytes of the string `chunk` in `encoding`.
function encodeString(chunk, encoding) {
  if (isUtf8Encoding(encoding)) return encoder.encode(chunk);
  const buf = Buffer.from(chunk, encoding);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// Node: lib/internal/webstreams/adapters.js newWritableStreamFromStreamWritable
// (Writable.toWeb): a WritableStream writing into a stream.Writable.
function newWritableStreamFromStreamWritable(streamWritable) {
  // Not isWritableNodeStream: a Duplex whose writable side is disabled is accepted (and
  // gives a closed WritableStream).
  const checkIfWritableOrOutgoingMessage =
    streamWritable &&
    typeof streamWritable?.write === 'function' &&
    typeof streamWritable?.on === 'function';
  if (!checkIfWritableOrOutgoingMessage) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }

  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }

  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy =
    streamWritable.writableObjectMode ?
      new CountQueuingStrategy({ highWaterMark }) :
      { highWaterMark };

  let controller;
  let backpressurePromise;
  let closed;

  function onDrain() {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  }

  const cleanup = finished(streamWritable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const err = new AbortError(undefined, { cause: error });
      error = err;
    }

    cleanup();
    // Legacy streams may emit 'error' again after finished.
    streamWritable.on('error', () => {});
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      // The error came after the WritableStream's close started.
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }

    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(new AbortError());
    controller = undefined;
  });

  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },

    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        backpressurePromise = createDeferredPromise();
        return safePromiseFinally(backpressurePromise.promise, () => {
          backpressurePromise = undefined;
        });
      }
    },

    abort(reason) {
      destroy(streamWritable, reason);
    },

    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        closed = createDeferredPromise();
        streamWritable.end();
        return closed.promise;
      }

      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// Node: lib/internal/webstreams/adapters.js newStreamWritableFromWritableStream
// (Writable.fromWeb): a stream.Writable writing into a WritableStream.
function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }

  validateObject(options, 'options');
  const {
    highWaterMark,
    decodeStrings = true,
    objectMode = false,
    signal,
  } = options;

  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      function done(error) {
        error = error.filter((e) => e);
        try {
          callback(error.length === 0 ? undefined : error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => destroy(writable, error));
        }
      }

      writer.ready.then(
        () => {
          return safePromiseAll(chunks, (data) => writer.write(data.chunk)).then(done, done);
        },
        done);
    },

    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = encodeString(chunk, encoding);
      }

      function done(error) {
        try {
          callback(error);
        } catch (error) {
          destroy(writable, error);
        }
      }

      writer.ready.then(
        () => {
          return writer.write(chunk).then(done, done);
        },
        done);
    },

    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => { throw error; });
        }
      }

      if (!closed) {
        if (error != null) {
          writer.abort(error).then(done, done);
        } else {
          writer.close().then(done, done);
        }
        return;
      }

      done();
    },

    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => destroy(writable, error));
        }
      }

      if (!closed) {
        writer.close().then(done, done);
      }
    },
  });

  writer.closed.then(
    () => {
      // The WritableStream closed before the Writable was ended.
      closed = true;
      if (!isWritableEnded(writable)) {
        destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
      }
    },
    (error) => {
      // The WritableStream errored before the Writable was destroyed.
      closed = true;
      destroy(writable, error);
    });

  return writable;
}

// Node: lib/internal/webstreams/adapters.js newReadableStreamFromStreamReadable
// (Readable.toWeb): a ReadableStream reading from a stream.Readable.
function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  // Not isReadableNodeStream: a Duplex whose readable side is disabled is accepted (and
  // gives a cancelled ReadableStream).
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }

  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;

  const evaluateStrategyOrFallback = (strategy) => {
    if (strategy) return strategy;
    if (objectMode) {
      // Object mode without a strategy: count the chunks.
      return new CountQueuingStrategy({ highWaterMark });
    }
    return new ByteLengthQueuingStrategy({ highWaterMark });
  };

  const strategy = evaluateStrategyOrFallback(options?.strategy);

  let controller;
  let wasCanceled = false;

  function onData(chunk) {
    // A copy, detached from the Buffer's memory.
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  streamReadable.pause();

  const cleanup = finished(streamReadable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const err = new AbortError(undefined, { cause: error });
      error = err;
    }

    cleanup();
    // Legacy streams may emit 'error' again after finished.
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    // Already cancelled.
    if (wasCanceled) return;
    controller.close();
  });

  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },

    pull() { streamReadable.resume(); },

    cancel(reason) {
      wasCanceled = true;
      destroy(streamReadable, reason);
    },
  }, strategy);
}

// Node: lib/internal/webstreams/adapters.js newStreamReadableFromReadableStream
// (Readable.fromWeb): a stream.Readable reading from a ReadableStream.
function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }

  validateObject(options, 'options');
  const {
    highWaterMark,
    encoding,
    objectMode = false,
    signal,
  } = options;

  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
  validateBoolean(objectMode, 'options.objectMode');

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,

    read() {
      reader.read().then(
        (chunk) => {
          if (chunk.done) {
            readable.push(null);
          } else {
            readable.push(chunk.value);
          }
        },
        (error) => destroy(readable, error));
    },

    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => { throw error; });
        }
      }

      if (!closed) {
        reader.cancel(error).then(done, done);
        return;
      }
      done();
    },
  });

  reader.closed.then(
    () => {
      closed = true;
    },
    (error) => {
      closed = true;
      destroy(readable, error);
    });

  return readable;
}

// Node: lib/internal/webstreams/adapters.js newReadableWritablePairFromDuplex
// (Duplex.toWeb): { readable, writable } web streams over a stream.Duplex.
function newReadableWritablePairFromDuplex(duplex) {
  // A side disabled at construction gives a closed / cancelled web stream.
  if (typeof duplex?._writableState !== 'object' ||
      typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }

  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }

  const writable =
    isWritable(duplex) ?
      newWritableStreamFromStreamWritable(duplex) :
      new WritableStream();

  if (!isWritable(duplex)) writable.close();

  const readable =
    isReadable(duplex) ?
      newReadableStreamFromStreamReadable(duplex) :
      new ReadableStream();

  if (!isReadable(duplex)) readable.cancel();

  return { writable, readable };
}

// Node: lib/internal/webstreams/adapters.js newStreamDuplexFromReadableWritablePair
// (Duplex.fromWeb): a stream.Duplex over a { readable, writable } pair of web streams.
function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const {
    readable: readableStream,
    writable: writableStream,
  } = pair;

  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }

  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;

  validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      function done(error) {
        error = error.filter((e) => e);
        try {
          callback(error.length === 0 ? undefined : error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => destroy(duplex, error));
        }
      }

      writer.ready.then(
        () => {
          return safePromiseAll(chunks, (data) => writer.write(data.chunk)).then(done, done);
        },
        done);
    },

    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        chunk = encodeString(chunk, encoding);
      }

      function done(error) {
        try {
          callback(error);
        } catch (error) {
          destroy(duplex, error);
        }
      }

      writer.ready.then(
        () => {
          return writer.write(chunk).then(done, done);
        },
        done);
    },

    final(callback) {
      function done(error) {
        try {
          callback(error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => destroy(duplex, error));
        }
      }

      if (!writableClosed) {
        writer.close().then(done, done);
      }
    },

    read() {
      reader.read().then(
        (chunk) => {
          if (chunk.done) {
            duplex.push(null);
          } else {
            duplex.push(chunk.value);
          }
        },
        (error) => destroy(duplex, error));
    },

    destroy(error, callback) {
      function done() {
        try {
          callback(error);
        } catch (error) {
          // Out of the promise job, so that it is not an unhandled rejection.
          process.nextTick(() => { throw error; });
        }
      }

      async function closeWriter() {
        if (!writableClosed) await writer.abort(error);
      }

      async function closeReader() {
        if (!readableClosed) await reader.cancel(error);
      }

      if (!writableClosed || !readableClosed) {
        safePromiseAll([closeWriter(), closeReader()], (p) => p).then(done, done);
        return;
      }

      done();
    },
  });

  writer.closed.then(
    () => {
      writableClosed = true;
      if (!isWritableEnded(duplex)) {
        destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
      }
    },
    (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    });

  reader.closed.then(
    () => {
      readableClosed = true;
    },
    (error) => {
      writableClosed = true;
      readableClosed = true;
      destroy(duplex, error);
    });

  return duplex;
}

module.exports = {
  newWritableStreamFromStreamWritable,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newStreamReadableFromReadableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
