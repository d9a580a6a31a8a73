// node:zlib (Node: lib/zlib.js): the Deflate/Inflate/Gzip/Gunzip/DeflateRaw/InflateRaw/Unzip
// Transform streams, their create* factories, the one-shot callback and Sync forms, crc32,
// `constants` and `codes`. zlib itself runs in the synchronous Rust binding
// `internal/zlib/binding`; this file gives it Node's options, errors and stream behaviour
// (the stream and callback forms process each chunk on a later turn, as Node's thread pool
// does). Brotli is not available: BrotliCompress/BrotliDecompress, their factories and
// convenience functions exist (so the module's names match Node's) but throw
// ERR_FEATURE_UNAVAILABLE_ON_PLATFORM when called.
'use strict';

const binding = require('internal/zlib/binding');
const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_FEATURE_UNAVAILABLE_ON_PLATFORM,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { Transform, finished } = require('stream');
const { Buffer, kMaxLength = 2 ** 32 } = require('buffer');
const {
  isArrayBufferView,
  isAnyArrayBuffer,
  isUint8Array,
} = require('internal/util/types');
const {
  checkRangesOrGetDefault,
  validateFunction,
  validateUint32,
  validateFiniteNumber,
} = require('internal/validators');

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// Node 20's zlib.constants (node_zlib.cc DefineZlibConstants, zlib 1.3.0.1), in its order.
const kConstantValues = [
  ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3],
  ['Z_FINISH', 4], ['Z_BLOCK', 5],
  ['Z_OK', 0], ['Z_STREAM_END', 1], ['Z_NEED_DICT', 2], ['Z_ERRNO', -1], ['Z_STREAM_ERROR', -2],
  ['Z_DATA_ERROR', -3], ['Z_MEM_ERROR', -4], ['Z_BUF_ERROR', -5], ['Z_VERSION_ERROR', -6],
  ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1], ['Z_BEST_COMPRESSION', 9],
  ['Z_DEFAULT_COMPRESSION', -1], ['Z_FILTERED', 1], ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3],
  ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0], ['ZLIB_VERNUM', 4880],
  ['DEFLATE', 1], ['INFLATE', 2], ['GZIP', 3], ['GUNZIP', 4], ['DEFLATERAW', 5],
  ['INFLATERAW', 6], ['UNZIP', 7], ['BROTLI_DECODE', 8], ['BROTLI_ENCODE', 9],
  ['Z_MIN_WINDOWBITS', 8], ['Z_MAX_WINDOWBITS', 15], ['Z_DEFAULT_WINDOWBITS', 15],
  ['Z_MIN_CHUNK', 64], ['Z_MAX_CHUNK', Infinity], ['Z_DEFAULT_CHUNK', 16384],
  ['Z_MIN_MEMLEVEL', 1], ['Z_MAX_MEMLEVEL', 9], ['Z_DEFAULT_MEMLEVEL', 8],
  ['Z_MIN_LEVEL', -1], ['Z_MAX_LEVEL', 9], ['Z_DEFAULT_LEVEL', -1],
  ['BROTLI_OPERATION_PROCESS', 0], ['BROTLI_OPERATION_FLUSH', 1], ['BROTLI_OPERATION_FINISH', 2],
  ['BROTLI_OPERATION_EMIT_METADATA', 3],
  ['BROTLI_PARAM_MODE', 0], ['BROTLI_MODE_GENERIC', 0], ['BROTLI_MODE_TEXT', 1],
  ['BROTLI_MODE_FONT', 2], ['BROTLI_DEFAULT_MODE', 0], ['BROTLI_PARAM_QUALITY', 1],
  ['BROTLI_MIN_QUALITY', 0], ['BROTLI_MAX_QUALITY', 11], ['BROTLI_DEFAULT_QUALITY', 11],
  ['BROTLI_PARAM_LGWIN', 2], ['BROTLI_MIN_WINDOW_BITS', 10], ['BROTLI_MAX_WINDOW_BITS', 24],
  ['BROTLI_LARGE_MAX_WINDOW_BITS', 30], ['BROTLI_DEFAULT_WINDOW', 22], ['BROTLI_PARAM_LGBLOCK', 3],
  ['BROTLI_MIN_INPUT_BLOCK_BITS', 16], ['BROTLI_MAX_INPUT_BLOCK_BITS', 24],
  ['BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING', 4], ['BROTLI_PARAM_SIZE_HINT', 5],
  ['BROTLI_PARAM_LARGE_WINDOW', 6], ['BROTLI_PARAM_NPOSTFIX', 7], ['BROTLI_PARAM_NDIRECT', 8],
  ['BROTLI_DECODER_RESULT_ERROR', 0], ['BROTLI_DECODER_RESULT_SUCCESS', 1],
  ['BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT', 2], ['BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT', 3],
  ['BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION', 0],
  ['BROTLI_DECODER_PARAM_LARGE_WINDOW', 1], ['BROTLI_DECODER_NO_ERROR', 0],
  ['BROTLI_DECODER_SUCCESS', 1], ['BROTLI_DECODER_NEEDS_MORE_INPUT', 2],
  ['BROTLI_DECODER_NEEDS_MORE_OUTPUT', 3],
  ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE', -1], ['BROTLI_DECODER_ERROR_FORMAT_RESERVED', -2],
  ['BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE', -3],
  ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET', -4],
  ['BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME', -5], ['BROTLI_DECODER_ERROR_FORMAT_CL_SPACE', -6],
  ['BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE', -7],
  ['BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT', -8],
  ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1', -9], ['BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2', -10],
  ['BROTLI_DECODER_ERROR_FORMAT_TRANSFORM', -11], ['BROTLI_DECODER_ERROR_FORMAT_DICTIONARY', -12],
  ['BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS', -13], ['BROTLI_DECODER_ERROR_FORMAT_PADDING_1', -14],
  ['BROTLI_DECODER_ERROR_FORMAT_PADDING_2', -15], ['BROTLI_DECODER_ERROR_FORMAT_DISTANCE', -16],
  ['BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET', -19], ['BROTLI_DECODER_ERROR_INVALID_ARGUMENTS', -20],
  ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES', -21], ['BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS', -22],
  ['BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP', -25], ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1', -26],
  ['BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2', -27],
  ['BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES', -30], ['BROTLI_DECODER_ERROR_UNREACHABLE', -31],
];

// A null-prototype object of read-only, non-configurable properties, like Node's binding object.
const constants = { __proto__: null };
for (const [key, value] of kConstantValues) {
  Object.defineProperty(constants, key, { __proto__: null, value, writable: false, enumerable: true, configurable: false });
}

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
} = constants;

// Return codes by name and by number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const ckey of Object.keys(codes)) codes[codes[ckey]] = ckey;

// Input is fed to the binding this many bytes at a time, so one call's output (at most about
// 1032 times its input for inflate) stays bounded and maxOutputLength is checked in between.
const kInputSlice = 64 * 1024;

/// The bytes of an ArrayBufferView as a Uint8Array, without copying.
function toU8(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/// A binding result's bytes as a Buffer, without copying.
function toBuffer(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

// Node's zlib errors: message, then own `errno` and `code` (Node: lib/zlib.js zlibOnError with
// lib/internal/errors.js genericNodeError).
function zlibError(message, errno, code) {
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  return error;
}

// Node: src/node_zlib.cc ZlibContext::GetErrorInfo — Z_FINISH given and the stream not ended.
function unexpectedEndError() {
  return zlibError('unexpected end of file', constants.Z_BUF_ERROR, 'Z_BUF_ERROR');
}

// Node: lib/internal/assert.js assert
function assert(value, message) {
  if (!value) throw new ERR_INTERNAL_ASSERTION(message);
}

// The binding's zlib stream for one engine.
class ZlibHandle {
  constructor(mode, level, windowBits, memLevel, strategy, dictionary) {
    this.native = binding.create(mode, level | 0, windowBits | 0, memLevel | 0, strategy | 0, dictionary);
  }

  /// [output, consumed, ended] for `input` given with zlib flush mode `flush`.
  write(input, flush) {
    return binding.write(this.native, input, flush);
  }

  reset() {
    binding.reset(this.native);
  }

  params(level, strategy) {
    binding.params(this.native, level | 0, strategy | 0);
  }

  close() {
    binding.close(this.native);
  }
}

// ---------------------------------------------------------------------------------------------
// One-shot forms
// ---------------------------------------------------------------------------------------------

// Node: lib/zlib.js zlibBuffer — compresses/decompresses `buffer` through the stream `engine`.
function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: other views and ArrayBuffers become Buffers over the same memory.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

// Node: lib/zlib.js zlibBufferOnData
function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

// Node: lib/zlib.js zlibBufferOnError
function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

// Node: lib/zlib.js zlibBufferOnEnd
function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

// Node: lib/zlib.js zlibBufferSync
function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
        buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// Node: lib/zlib.js zlibOnError — an engine cannot recover from a zlib error.
function zlibOnError(self, error) {
  self.destroy(error);
  self[kError] = error;
}

// ---------------------------------------------------------------------------------------------
// ZlibBase: the Transform stream over a handle
// ---------------------------------------------------------------------------------------------

const FLUSH_BOUND = [Z_NO_FLUSH, Z_BLOCK];

// Node: lib/zlib.js ZlibBase
function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  assert(typeof mode === 'number');
  assert(mode >= DEFLATE && mode <= BROTLI_ENCODE);

  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', FLUSH_BOUND[0], FLUSH_BOUND[1], flush);
    finishFlush = checkRangesOrGetDefault(
      opts.finishFlush, 'options.finishFlush', FLUSH_BOUND[0], FLUSH_BOUND[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(
      opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts };
      opts.encoding = null;
      opts.objectMode = false;
      opts.writableObjectMode = false;
    }
  }

  Reflect.apply(Transform, this, [{ autoDestroy: true, ...opts }]);
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// `bytesRead` is the deprecated name of bytesWritten (DEP0108).
let deprecate;
function lazyDeprecate(fn, msg) {
  let wrapped;
  return function(...args) {
    if (wrapped === undefined) {
      deprecate ??= require('util').deprecate;
      wrapped = deprecate(fn, msg, 'DEP0108');
    }
    return Reflect.apply(wrapped, this, args);
  };
}

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: lazyDeprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the future. Use zlib.bytesWritten instead.'),
  set: lazyDeprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. This feature will be removed in the future.'),
});

// Node: lib/zlib.js ZlibBase.prototype.reset
ZlibBase.prototype.reset = function() {
  if (!this._handle) assert(false, 'zlib binding closed');
  return this._handle.reset();
};

// Node: lib/zlib.js ZlibBase.prototype._flush — the end of input: an empty last chunk.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// Node: lib/zlib.js ZlibBase.prototype._final
ZlibBase.prototype._final = function(callback) {
  callback();
};

// Flush strength, weakest first: Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH <
// Z_FULL_FLUSH < Z_FINISH.
const flushiness = [];
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Empty buffers that carry a flush mode through write() (ZlibBase#flush).
const kFlushBuffers = [];
for (const flushFlag of kFlushFlagList) {
  kFlushBuffers[flushFlag] = Buffer.from(new ArrayBuffer(0));
  kFlushBuffers[flushFlag][kFlushFlag] = flushFlag;
}

// Node: lib/zlib.js ZlibBase.prototype.flush
ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

// Node: lib/zlib.js ZlibBase.prototype.close
ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

// Node: lib/zlib.js ZlibBase.prototype._destroy
ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

// Node: lib/zlib.js ZlibBase.prototype._transform
ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  // Zero-length flush buffers from flush() carry their own mode.
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets the finishing flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Node: lib/zlib.js ZlibBase.prototype._processChunk (kept for compatibility)
ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

// Node: lib/zlib.js processChunkSync — all of `chunk` at once; closes the engine.
function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  const input = toU8(chunk);
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  // destroy(error) emits 'error' later; this listener keeps it from being unhandled.
  self.on('error', function onError() {});

  let offset = 0;
  for (;;) {
    const end = Math.min(offset + kInputSlice, input.byteLength);
    const last = end === input.byteLength;
    const flush = last ? flushFlag : Z_NO_FLUSH;
    let output;
    let consumed;
    let ended;
    try {
      [output, consumed, ended] = handle.write(input.subarray(offset, end), flush);
    } catch (error) {
      zlibOnError(self, error);
      throw error;
    }
    if (flush === Z_FINISH && !ended) {
      const error = unexpectedEndError();
      zlibOnError(self, error);
      throw error;
    }
    inputRead += consumed;
    offset += consumed;
    if (output.byteLength > 0) {
      buffers.push(toBuffer(output));
      nread += output.byteLength;
      if (nread > self._maxOutputLength) {
        _close(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    // Done with the input, or the stream ended before it (the rest is ignored).
    if (last || offset < end) break;
  }

  self.bytesWritten = inputRead;
  _close(self);

  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// Node: lib/zlib.js processChunk and processCallback — `chunk` on later turns (a slice per
// turn), its output pushed in pieces of at most chunkSize; `cb` once it is all consumed.
function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  const input = toU8(chunk);
  let offset = 0;

  const step = () => {
    if (self.destroyed || !self._handle) {
      cb();
      return;
    }
    const end = Math.min(offset + kInputSlice, input.byteLength);
    const last = end === input.byteLength;
    const flush = last ? flushFlag : Z_NO_FLUSH;
    let output;
    let consumed;
    let ended;
    try {
      [output, consumed, ended] = handle.write(input.subarray(offset, end), flush);
    } catch (error) {
      zlibOnError(self, error);
      return;
    }
    if (flush === Z_FINISH && !ended) {
      zlibOnError(self, unexpectedEndError());
      return;
    }
    self.bytesWritten += consumed;
    offset += consumed;

    let streamBufferIsFull = false;
    const out = toBuffer(output);
    for (let i = 0; i < out.length; i += self._chunkSize) {
      streamBufferIsFull = !self.push(out.subarray(i, Math.min(i + self._chunkSize, out.length)));
      if (self.destroyed) break;
    }
    if (self.destroyed) {
      cb();
      return;
    }

    if (offset < end) {
      // zlib stopped before the input did: the compressed stream has ended.
      self.push(null);
      cb();
      return;
    }
    if (last) {
      cb();
      return;
    }
    // More input: go on at once, or when the reader has made room.
    if (!streamBufferIsFull) {
      setImmediate(step);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        setImmediate(step);
        self._read(n);
      };
    }
  };

  setImmediate(step);
}

// Node: lib/zlib.js _close
function _close(engine) {
  // A zlib error may already have closed it.
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

// ---------------------------------------------------------------------------------------------
// Zlib: the zlib-backed streams
// ---------------------------------------------------------------------------------------------

const zlibDefaultOpts = {
  flush: Z_NO_FLUSH,
  finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH,
};

// Node: lib/zlib.js Zlib
function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // For decompression, windowBits 0 means "the size in the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // `{ windowBits: 8 }` is valid for deflate but not gzip.
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(
        opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(
      opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(
      opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE(
          'options.dictionary',
          ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
          dictionary);
      }
    }
  }

  const handle = new ZlibHandle(mode, level, windowBits, memLevel, strategy,
                                dictionary === undefined ? undefined : toU8(dictionary));
  Reflect.apply(ZlibBase, this, [opts, mode, handle, zlibDefaultOpts]);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// Node: lib/zlib.js paramsAfterFlushCallback — new parameters once pending input is flushed.
function paramsAfterFlushCallback(level, strategy, callback) {
  assert(this._handle, 'zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

// Node: lib/zlib.js Zlib.prototype.params
Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// Node: lib/zlib.js Deflate (zlib format: 2-byte header, Adler-32 trailer)
function Deflate(opts) {
  if (!(this instanceof Deflate)) return new Deflate(opts);
  Reflect.apply(Zlib, this, [opts, DEFLATE]);
}
Object.setPrototypeOf(Deflate.prototype, Zlib.prototype);
Object.setPrototypeOf(Deflate, Zlib);

// Node: lib/zlib.js Inflate
function Inflate(opts) {
  if (!(this instanceof Inflate)) return new Inflate(opts);
  Reflect.apply(Zlib, this, [opts, INFLATE]);
}
Object.setPrototypeOf(Inflate.prototype, Zlib.prototype);
Object.setPrototypeOf(Inflate, Zlib);

// Node: lib/zlib.js Gzip
function Gzip(opts) {
  if (!(this instanceof Gzip)) return new Gzip(opts);
  Reflect.apply(Zlib, this, [opts, GZIP]);
}
Object.setPrototypeOf(Gzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Gzip, Zlib);

// Node: lib/zlib.js Gunzip
function Gunzip(opts) {
  if (!(this instanceof Gunzip)) return new Gunzip(opts);
  Reflect.apply(Zlib, this, [opts, GUNZIP]);
}
Object.setPrototypeOf(Gunzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Gunzip, Zlib);

// Node: lib/zlib.js DeflateRaw (zlib rejects windowBits 8 for raw deflate: Node uses 9)
function DeflateRaw(opts) {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  Reflect.apply(Zlib, this, [opts, DEFLATERAW]);
}
Object.setPrototypeOf(DeflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(DeflateRaw, Zlib);

// Node: lib/zlib.js InflateRaw
function InflateRaw(opts) {
  if (!(this instanceof InflateRaw)) return new InflateRaw(opts);
  Reflect.apply(Zlib, this, [opts, INFLATERAW]);
}
Object.setPrototypeOf(InflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(InflateRaw, Zlib);

// Node: lib/zlib.js Unzip (gzip or zlib, told by the header)
function Unzip(opts) {
  if (!(this instanceof Unzip)) return new Unzip(opts);
  Reflect.apply(Zlib, this, [opts, UNZIP]);
}
Object.setPrototypeOf(Unzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Unzip, Zlib);

// Node: lib/zlib.js createConvenienceMethod
function createConvenienceMethod(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

// ---------------------------------------------------------------------------------------------
// Brotli: not available (the binding has no Brotli); constructing either class throws.
// ---------------------------------------------------------------------------------------------

// Node: lib/zlib.js Brotli
function Brotli(opts, mode) {
  assert(mode === BROTLI_DECODE || mode === BROTLI_ENCODE);
  const name = mode === BROTLI_ENCODE ? 'BrotliCompress' : 'BrotliDecompress';
  throw new ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(`zlib.${name}`);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

// Node: lib/zlib.js BrotliCompress
function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_ENCODE]);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

// Node: lib/zlib.js BrotliDecompress
function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Reflect.apply(Brotli, this, [opts, BROTLI_DECODE]);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// Node: lib/zlib.js createProperty — zlib.createX(options).
function createProperty(ctor) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    value: function(options) {
      return new ctor(options);
    },
  };
}

// Node: lib/zlib.js crc32 (Node 20.15+): CRC-32 of data (strings as UTF-8), continuing `value`.
function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? data : toU8(data), value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  // One-step compression and decompression of a string or buffer.
  deflate: createConvenienceMethod(Deflate, false),
  deflateSync: createConvenienceMethod(Deflate, true),
  gzip: createConvenienceMethod(Gzip, false),
  gzipSync: createConvenienceMethod(Gzip, true),
  deflateRaw: createConvenienceMethod(DeflateRaw, false),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true),
  unzip: createConvenienceMethod(Unzip, false),
  unzipSync: createConvenienceMethod(Unzip, true),
  inflate: createConvenienceMethod(Inflate, false),
  inflateSync: createConvenienceMethod(Inflate, true),
  gunzip: createConvenienceMethod(Gunzip, false),
  gunzipSync: createConvenienceMethod(Gunzip, true),
  inflateRaw: createConvenienceMethod(InflateRaw, false),
  inflateRawSync: createConvenienceMethod(InflateRaw, true),
  brotliCompress: createConvenienceMethod(BrotliCompress, false),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true),
};

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  codes: {
    __proto__: null,
    enumerable: true,
    writable: false,
    value: Object.freeze(codes),
  },
});

// The deprecated top-level copies of the non-Brotli constants (not enumerable).
for (const bkey of Object.keys(constants)) {
  if (bkey.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, bkey, {
    __proto__: null,
    enumerable: false,
    value: constants[bkey],
    writable: false,
  });
}
