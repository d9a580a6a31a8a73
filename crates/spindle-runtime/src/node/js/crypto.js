// node:crypto (Node: lib/crypto.js with lib/internal/crypto/hash.js, random.js, util.js and
// the digest/getRandomValues/randomUUID parts of webcrypto.js): hashes, HMACs, the one-shot
// crypto.hash, random bytes/ints/UUIDs, timingSafeEqual and a small `webcrypto` (getRandomValues,
// randomUUID, subtle.digest). The digests and the randomness come from the Rust binding
// `internal/crypto/binding` (md5, sha1, sha224, sha256, sha384, sha512, sha512-224, sha512-256);
// everything else (names, validation, encodings, errors, streams) is done here, as in Node.
// Ciphers, signatures, keys, key derivation and the rest of SubtleCrypto are not provided.
'use strict';

const binding = require('internal/crypto/binding');
const { Buffer, kMaxLength = 2 ** 32 } = require('buffer');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
  makeNodeError,
} = require('internal/errors');
const {
  validateBoolean,
  validateEncoding,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
} = require('internal/util/types');

// Streams are optional: Hash and Hmac are Transform streams when node:stream loads.
let stream;
try {
  stream = require('stream');
} catch {
  stream = undefined;
}

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kEmptyObject = Object.freeze({ __proto__: null });

// ---------------------------------------------------------------------------------------------
// Digest names
// ---------------------------------------------------------------------------------------------

// The names OpenSSL (as Node 20 uses it) accepts for the digests the binding implements, lower
// case, mapped to the binding's names.
const kDigestAliases = { __proto__: null };
for (const [name, aliases] of [
  ['md5', ['rsa-md5', 'ssl3-md5', 'md5withrsaencryption', '1.2.840.113549.2.5']],
  ['sha1', ['sha-1', 'rsa-sha1', 'rsa-sha1-2', 'ssl3-sha1', 'sha1withrsaencryption', '1.3.14.3.2.26']],
  ['sha224', ['sha-224', 'sha2-224', 'rsa-sha224', 'sha224withrsaencryption', '2.16.840.1.101.3.4.2.4']],
  ['sha256', ['sha-256', 'sha2-256', 'rsa-sha256', 'sha256withrsaencryption', '2.16.840.1.101.3.4.2.1']],
  ['sha384', ['sha-384', 'sha2-384', 'rsa-sha384', 'sha384withrsaencryption', '2.16.840.1.101.3.4.2.2']],
  ['sha512', ['sha-512', 'sha2-512', 'rsa-sha512', 'sha512withrsaencryption', '2.16.840.1.101.3.4.2.3']],
  ['sha512-224', ['sha-512/224', 'sha2-512/224', 'rsa-sha512/224', 'sha512-224withrsaencryption',
    '2.16.840.1.101.3.4.2.5']],
  ['sha512-256', ['sha-512/256', 'sha2-512/256', 'rsa-sha512/256', 'sha512-256withrsaencryption',
    '2.16.840.1.101.3.4.2.6']],
]) {
  kDigestAliases[name] = name;
  for (const alias of aliases) kDigestAliases[alias] = name;
}

// Output sizes in bytes (options.outputLength may only repeat them: none of these is an XOF).
const kDigestSizes = {
  __proto__: null,
  'md5': 16,
  'sha1': 20,
  'sha224': 28,
  'sha256': 32,
  'sha384': 48,
  'sha512': 64,
  'sha512-224': 28,
  'sha512-256': 32,
};

// Node 20's crypto.getHashes() (OpenSSL 3), in its order; getHashes() keeps those the binding has.
const kNodeHashNames = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256',
  'RSA-SHA3-224', 'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384', 'RSA-SHA512',
  'RSA-SHA512/224', 'RSA-SHA512/256', 'RSA-SM3', 'blake2b512', 'blake2s256',
  'id-rsassa-pkcs1-v1_5-with-sha3-224', 'id-rsassa-pkcs1-v1_5-with-sha3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-384', 'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1',
  'md5WithRSAEncryption', 'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160', 'sha1',
  'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256',
  'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'sha384',
  'sha384WithRSAEncryption', 'sha512', 'sha512-224', 'sha512-224WithRSAEncryption', 'sha512-256',
  'sha512-256WithRSAEncryption', 'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3',
  'sm3WithRSAEncryption', 'ssl3-md5', 'ssl3-sha1',
];

/// The binding's name for a digest name as OpenSSL would resolve it, or undefined.
function resolveDigest(algorithm) {
  const name = kDigestAliases[`${algorithm}`.toLowerCase()];
  return name !== undefined && binding.getHashes().includes(name) ? name : undefined;
}

// Node: lib/internal/util.js cachedResult — fn's result, computed once, copied per call (the
// returned function is anonymous, as Node's is).
function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

// Node: lib/internal/crypto/util.js getHashes
const getHashes = cachedResult(() => kNodeHashNames.filter((name) => resolveDigest(name) !== undefined));

// ---------------------------------------------------------------------------------------------
// Bytes and encodings
// ---------------------------------------------------------------------------------------------

/// The bytes of an ArrayBufferView or (Shared)ArrayBuffer as a Uint8Array, without copying.
function toU8(data) {
  if (data instanceof Uint8Array) return data;
  if (isArrayBufferView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

const { normalizeEncoding, parseEncoding } = require('internal/util');

/// A string in `encoding` (as Hash#update reads it: unknown names mean UTF-8) as bytes.
function stringBytes(string, encoding) {
  const parsed = parseEncoding(encoding, 'utf8');
  return toU8(Buffer.from(string, parsed === 'buffer' ? 'utf8' : parsed));
}

/// Digest bytes as Node's C++ encodes them: a Buffer for 'buffer', otherwise a string.
function encodeDigest(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// ---------------------------------------------------------------------------------------------
// LazyTransform (Node: lib/internal/streams/lazy_transform.js): a Transform whose stream state
// is only built when a stream method first touches _readableState/_writableState.
// ---------------------------------------------------------------------------------------------

function LazyTransform(options) {
  this._options = options;
}

if (stream !== undefined) {
  Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
  Object.setPrototypeOf(LazyTransform, stream.Transform);

  // Node: lib/internal/streams/lazy_transform.js makeGetter
  const makeGetter = (name) => function() {
    stream.Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    if (!this._options || !this._options.defaultEncoding) {
      this._writableState.defaultEncoding = 'buffer';
    }
    return this[name];
  };

  // Node: lib/internal/streams/lazy_transform.js makeSetter
  const makeSetter = (name) => function(value) {
    Object.defineProperty(this, name, {
      __proto__: null,
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  };

  Object.defineProperties(LazyTransform.prototype, {
    _readableState: {
      __proto__: null,
      get: makeGetter('_readableState'),
      set: makeSetter('_readableState'),
      configurable: true,
      enumerable: true,
    },
    _writableState: {
      __proto__: null,
      get: makeGetter('_writableState'),
      set: makeSetter('_writableState'),
      configurable: true,
      enumerable: true,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Hash and Hmac (Node: lib/internal/crypto/hash.js)
// ---------------------------------------------------------------------------------------------

// The native side of a Hash: a binding handle whose digest is computed once and then kept
// (Node's C++ Hash returns the same digest again when asked after the stream's _flush).
class HashHandle {
  constructor(handle, algorithm) {
    this.handle = handle;
    this.algorithm = algorithm;
    this.result = undefined;
  }

  update(data, encoding) {
    // After the stream's digest, input changes nothing (Node's kept digest stays).
    if (this.result !== undefined) return true;
    const bytes = typeof data === 'string' ? stringBytes(data, encoding) : toU8(data);
    try {
      return binding.update(this.handle, bytes) !== false;
    } catch {
      return false;
    }
  }

  digest(outputEncoding) {
    if (this.result === undefined) this.result = binding.digest(this.handle);
    return encodeDigest(this.result, parseEncoding(outputEncoding, 'buffer'));
  }

  copy() {
    // A handle whose digest was taken (by the stream's _flush) cannot be copied.
    if (this.result !== undefined) throw new ERR_CRYPTO_HASH_FINALIZED();
    return new HashHandle(binding.copy(this.handle), this.algorithm);
  }
}

// The native side of an Hmac: after its digest, it digests to nothing (Node's C++ Hmac drops
// its context).
class HmacHandle {
  constructor(handle) {
    this.handle = handle;
  }

  update(data, encoding) {
    if (this.handle === null) return false;
    const bytes = typeof data === 'string' ? stringBytes(data, encoding) : toU8(data);
    try {
      return binding.update(this.handle, bytes) !== false;
    } catch {
      return false;
    }
  }

  digest(outputEncoding) {
    let bytes = new Uint8Array(0);
    if (this.handle !== null) {
      bytes = binding.digest(this.handle);
      this.handle = null;
    }
    return encodeDigest(bytes, parseEncoding(outputEncoding, 'buffer'));
  }
}

// The error OpenSSL reports for an outputLength that a fixed-size digest does not have.
function notXofError() {
  const error = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
  error.library = 'digital envelope routines';
  error.reason = 'not XOF or invalid length';
  error.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
  return error;
}

// Node: src/crypto/crypto_hash.cc Hash::New — a handle for `algorithm`, or a copy of `source`.
function makeHashHandle(algorithm, source, xofLen) {
  let handle;
  if (source !== undefined) {
    handle = source.copy();
  } else {
    const name = resolveDigest(algorithm);
    const native = name === undefined ? undefined : binding.hash(name);
    if (native === undefined) throw new Error('Digest method not supported');
    handle = new HashHandle(native, name);
  }
  if (xofLen !== undefined && xofLen !== kDigestSizes[handle.algorithm]) throw notXofError();
  return handle;
}

// Marks the argument of the Hash constructor that Hash#copy passes.
class HashCopySource {
  constructor(handle) {
    this.handle = handle;
  }
}

// Node: lib/internal/crypto/hash.js Hash
function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof HashCopySource;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ? options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = makeHashHandle(algorithm, isCopy ? algorithm.handle : undefined, xofLen);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// Node: lib/internal/crypto/hash.js Hash.prototype.copy
Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(new HashCopySource(this[kHandle]), options);
};

// Node: lib/internal/crypto/hash.js Hash.prototype._transform
Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, encoding);
  callback();
};

// Node: lib/internal/crypto/hash.js Hash.prototype._flush
Hash.prototype._flush = function _flush(callback) {
  this.push(this[kHandle].digest());
  callback();
};

// Node: lib/internal/crypto/hash.js Hash.prototype.update
Hash.prototype.update = function update(data, encoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!this[kHandle].update(data, encoding)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

// Node: lib/internal/crypto/hash.js Hash.prototype.digest
Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  // Truthy values other than strings are converted (Node keeps this for compatibility).
  const ret = this[kHandle].digest(outputEncoding && `${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

// Node: lib/internal/crypto/util.js getStringOption
function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// Node: lib/internal/crypto/keys.js prepareSecretKey (KeyObject and CryptoKey keys do not exist
// here) — the key's bytes.
function prepareSecretKey(key, encoding) {
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'key',
      ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'],
      key);
  }
  if (typeof key === 'string') {
    return toU8(Buffer.from(key, encoding === 'buffer' ? 'utf8' : encoding));
  }
  return toU8(key);
}

// Node: lib/internal/crypto/hash.js Hmac
function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  const keyBytes = prepareSecretKey(key, encoding);
  const name = resolveDigest(hmac);
  const native = name === undefined ? undefined : binding.hmac(name, keyBytes);
  if (native === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  this[kHandle] = new HmacHandle(native);
  this[kState] = { [kFinalized]: false };
  Reflect.apply(LazyTransform, this, [options]);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

// Node: lib/internal/crypto/hash.js Hmac.prototype.digest — after the first digest, an empty
// result instead of an error.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) {
    const buf = Buffer.from('');
    if (outputEncoding && outputEncoding !== 'buffer') return buf.toString(outputEncoding);
    return buf;
  }
  const ret = this[kHandle].digest(outputEncoding && `${outputEncoding}`);
  state[kFinalized] = true;
  return ret;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// Node: lib/crypto.js createHash
function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

// Node: lib/crypto.js createHmac
function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// Node: lib/internal/crypto/hash.js hash — the one-shot digest (Node 20.12+).
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      if (outputEncoding.toLowerCase() === 'buffer') {
        normalized = 'buffer';
      } else {
        throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
      }
    }
  }
  const name = resolveDigest(algorithm);
  const native = name === undefined ? undefined : binding.hash(name);
  if (native === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  binding.update(native, typeof input === 'string' ? stringBytes(input, 'utf8') : toU8(input));
  return encodeDigest(binding.digest(native), normalized);
}

// ---------------------------------------------------------------------------------------------
// Random values (Node: lib/internal/crypto/random.js)
// ---------------------------------------------------------------------------------------------

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

// Node: lib/internal/crypto/random.js assertOffset — the offset in bytes.
function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

// Node: lib/internal/crypto/random.js assertSize — the size in bytes.
function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

/// Fills bytes [offset, offset + size) of a view or ArrayBuffer with random bytes.
function fillRandom(buf, offset, size) {
  const view = isAnyArrayBuffer(buf) ? new Uint8Array(buf) : buf;
  binding.randomFill(view, offset, size);
}

// Stands for Node's thread-pool job: the work and the callback happen on a later turn.
function runJobLater(work) {
  setImmediate(work);
}

// Node: lib/internal/crypto/random.js randomBytes
function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = typeof Buffer.allocUnsafeSlow === 'function' ? Buffer.allocUnsafeSlow(size) : Buffer.alloc(size);
  if (callback === undefined) {
    if (size > 0) fillRandom(buf, 0, size);
    return buf;
  }
  randomFill(buf, 0, size, (error) => {
    if (error) return callback(error);
    callback(null, buf);
  });
}

// Node: lib/internal/crypto/random.js randomFillSync
function randomFillSync(buf, offset = 0, size) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) return buf;
  fillRandom(buf, offset, size);
  return buf;
}

// Node: lib/internal/crypto/random.js randomFill
function randomFill(buf, offset, size, callback) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    // A length here; assertSize() makes it a number of bytes.
    size = buf.length;
  } else if (typeof size === 'function') {
    callback = size;
    size = buf.length - offset;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  runJobLater(() => {
    try {
      fillRandom(buf, offset, size);
    } catch (error) {
      callback(error);
      return;
    }
    callback(null, buf);
  });
}

// The largest integer read from 6 random bytes.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

// Random bytes for randomInt, 6 per attempt.
const randomCache = new Uint8Array(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

function readUInt48BE(bytes, offset) {
  let value = 0;
  for (let i = 0; i < 6; i++) value = value * 256 + bytes[offset + i];
  return value;
}

// Node: lib/internal/crypto/random.js randomInt — an integer in [min, max).
function randomInt(min, max, callback) {
  // randomInt(max) and randomInt(max, callback)
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // x % range is unbiased when x is drawn from [0, randLimit).
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      randomFillSync(randomCache);
      randomCacheOffset = 0;
    }
    const x = readUInt48BE(randomCache, randomCacheOffset);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  // Async with an empty cache: wait for the refill another call may already have started.
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

// Node: lib/internal/crypto/random.js asyncRefillRandomIntCache
function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    // Every pending call retries; only one of them hears about an error.
    for (const task of tasks.splice(0)) randomInt(task.min, task.max, task.callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// Node: lib/internal/crypto/random.js getRandomValues — Web Crypto's randomFillSync: integer
// typed arrays of at most 65536 bytes.
function getRandomValuesImpl(data) {
  if (!isTypedArray(data) || data instanceof Float32Array || data instanceof Float64Array ||
      (typeof Float16Array === 'function' && data instanceof Float16Array)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

// randomUUID: random bytes for 128 UUIDs at a time, 16 per call.
const kBatchSize = 128;
let uuidData;
let uuidNotBuffered;
let uuidBatch = 0;
let hexBytesCache;

function getHexBytes() {
  if (hexBytesCache === undefined) {
    hexBytesCache = new Array(256);
    for (let i = 0; i < 256; i++) hexBytesCache[i] = i.toString(16).padStart(2, '0');
  }
  return hexBytesCache;
}

// Node: lib/internal/crypto/random.js serializeUUID — version 4, variant 10xx.
function serializeUUID(buf, offset = 0) {
  const hex = getHexBytes();
  return hex[buf[offset]] + hex[buf[offset + 1]] + hex[buf[offset + 2]] + hex[buf[offset + 3]] +
    '-' + hex[buf[offset + 4]] + hex[buf[offset + 5]] +
    '-' + hex[(buf[offset + 6] & 0x0f) | 0x40] + hex[buf[offset + 7]] +
    '-' + hex[(buf[offset + 8] & 0x3f) | 0x80] + hex[buf[offset + 9]] +
    '-' + hex[buf[offset + 10]] + hex[buf[offset + 11]] + hex[buf[offset + 12]] +
    hex[buf[offset + 13]] + hex[buf[offset + 14]] + hex[buf[offset + 15]];
}

// Node: lib/internal/crypto/random.js getBufferedUUID
function getBufferedUUID() {
  uuidData ??= new Uint8Array(16 * kBatchSize);
  if (uuidBatch === 0) randomFillSync(uuidData);
  uuidBatch = (uuidBatch + 1) % kBatchSize;
  return serializeUUID(uuidData, uuidBatch * 16);
}

// Node: lib/internal/crypto/random.js getUnbufferedUUID
function getUnbufferedUUID() {
  uuidNotBuffered ??= new Uint8Array(16);
  randomFillSync(uuidNotBuffered);
  return serializeUUID(uuidNotBuffered);
}

// Node: lib/internal/crypto/random.js randomUUID
function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || kEmptyObject;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return disableEntropyCache ? getUnbufferedUUID() : getBufferedUUID();
}

// ---------------------------------------------------------------------------------------------
// timingSafeEqual (Node: src/crypto/crypto_timing.cc TimingSafeEqual)
// ---------------------------------------------------------------------------------------------

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
                        undefined, timingSafeEqual);
  }
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
                        undefined, timingSafeEqual);
  }
  const a = toU8(buf1);
  const b = toU8(buf2);
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

// ---------------------------------------------------------------------------------------------
// Web Crypto (Node: lib/internal/crypto/webcrypto.js, webidl.js): the Crypto object with
// getRandomValues, randomUUID and a SubtleCrypto that only digests.
// ---------------------------------------------------------------------------------------------

// Node: lib/internal/crypto/webidl.js makeException — a TypeError with an own `code`.
function webidlException(message, opts = kEmptyObject) {
  const prefix = opts.prefix ? opts.prefix + ': ' : '';
  const context = opts.context?.length === 0 ? '' : (opts.context ?? 'Value') + ' ';
  const error = new TypeError(`${prefix}${context}${message}`);
  error.code = opts.code || 'ERR_INVALID_ARG_TYPE';
  return error;
}

// Node: lib/internal/crypto/webidl.js requiredArguments
function requiredArguments(length, required, opts) {
  if (length < required) {
    throw webidlException(
      `${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`,
      { ...opts, context: '', code: 'ERR_MISSING_ARGS' });
  }
}

// Node: lib/internal/crypto/webidl.js converters.DOMString
function toDOMString(value, opts) {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') throw webidlException('is a Symbol and cannot be converted to a string.', opts);
  return String(value);
}

function isWebIDLObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

function isSharedArrayBuffer(value) {
  return typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer;
}

// Node: lib/internal/crypto/webidl.js converters.BufferSource
function toBufferSource(value, opts) {
  if (ArrayBuffer.isView(value)) {
    if (isSharedArrayBuffer(value.buffer)) {
      throw webidlException('is a view on a SharedArrayBuffer, which is not allowed.', opts);
    }
    return value;
  }
  if (!(value instanceof ArrayBuffer)) {
    throw webidlException('is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.', opts);
  }
  return value;
}

const kDigestAlgorithms = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];

// Node: lib/internal/crypto/util.js normalizeAlgorithm(algorithm, 'digest') — { name } with the
// registered spelling.
function normalizeDigestAlgorithm(algorithm) {
  if (typeof algorithm === 'string') return normalizeDigestAlgorithm({ name: algorithm });
  const opts = { prefix: 'Failed to normalize algorithm', context: 'passed algorithm' };
  if (algorithm === undefined || algorithm === null || algorithm.name === undefined) {
    throw webidlException(
      "can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.",
      { ...opts, code: 'ERR_MISSING_OPTION' });
  }
  const name = toDOMString(algorithm.name, { ...opts, context: "'name' of 'Algorithm' (passed algorithm)" });
  const upper = name.toUpperCase();
  const registered = kDigestAlgorithms.find((key) => key.toUpperCase() === upper);
  if (registered === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  return { name: registered };
}

// Node: lib/internal/crypto/hash.js asyncDigest (the HashJob runs on a later turn)
function asyncDigest(algorithm, data) {
  if (data.byteLength > kMaxInt32) {
    throw new DOMException(`data must be less than ${kMaxInt32 + 1} bits`, 'OperationError');
  }
  const native = binding.hash(algorithm.name.replace('-', '').toLowerCase());
  binding.update(native, toU8(data).slice());
  return new Promise((resolve) => {
    runJobLater(() => {
      const bytes = binding.digest(native);
      resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    });
  });
}

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
const subtle = Reflect.construct(function() {}, [], SubtleCrypto);

// Node: lib/internal/crypto/webcrypto.js digest
async function digest(algorithm, data) {
  if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
  const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
  requiredArguments(arguments.length, 2, { prefix });
  // AlgorithmIdentifier: an object as it is, anything else as a DOMString.
  if (!isWebIDLObject(algorithm)) algorithm = toDOMString(algorithm, { prefix, context: '1st argument' });
  data = toBufferSource(data, { prefix, context: '2nd argument' });
  algorithm = normalizeDigestAlgorithm(algorithm);
  return asyncDigest(algorithm, data);
}

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }
}
const webcrypto = Reflect.construct(function() {}, [], Crypto);

// Node: lib/internal/crypto/webcrypto.js getRandomValues
function getRandomValues(array) {
  if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
  requiredArguments(arguments.length, 1, { prefix: "Failed to execute 'getRandomValues' on 'Crypto'" });
  return getRandomValuesImpl(array);
}

// Node: lib/internal/crypto/webcrypto.js randomUUID
function webRandomUUID() {
  if (this !== webcrypto) throw new ERR_INVALID_THIS('Crypto');
  return randomUUID();
}
Object.defineProperty(webRandomUUID, 'name', { value: 'randomUUID' });

const kEnumerableMethod = (value) => ({
  __proto__: null,
  enumerable: true,
  configurable: true,
  writable: true,
  value,
});
const kToStringTag = (value) => ({
  __proto__: null,
  enumerable: false,
  configurable: true,
  writable: false,
  value,
});

Object.defineProperties(Crypto.prototype, {
  [Symbol.toStringTag]: kToStringTag('Crypto'),
  subtle: { __proto__: null, enumerable: true },
  getRandomValues: kEnumerableMethod(getRandomValues),
  randomUUID: kEnumerableMethod(webRandomUUID),
});

Object.defineProperties(SubtleCrypto.prototype, {
  [Symbol.toStringTag]: kToStringTag('SubtleCrypto'),
  digest: kEnumerableMethod(digest),
});

// Node: lib/crypto.js getRandomValues — the module's own export calls the Crypto method.
function cryptoGetRandomValues(array) {
  return webcrypto.getRandomValues(array);
}
Object.defineProperty(cryptoGetRandomValues, 'name', { value: 'getRandomValues' });

// ---------------------------------------------------------------------------------------------
// Misc
// ---------------------------------------------------------------------------------------------

// Node: lib/crypto.js getFips — FIPS mode is never on here.
function getFips() {
  return 0;
}

// Node: lib/internal/crypto/util.js secureHeapUsed — there is no secure heap.
function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// Node 20's crypto.constants (OpenSSL 3 values), in its order.
const kDefaultCoreCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
  'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:' +
  '!PSK:!SRP:!CAMELLIA';
const constants = {
  __proto__: null,
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: kDefaultCoreCipherList,
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
};

// Node: lib/crypto.js constants.defaultCipherList — becomes a data property once read or set
// (its value is the --tls-cipher-list default).
Object.defineProperty(constants, 'defaultCipherList', {
  __proto__: null,
  get() {
    Object.defineProperty(this, 'defaultCipherList', {
      __proto__: null, writable: true, configurable: true, enumerable: true, value: kDefaultCoreCipherList,
    });
    return kDefaultCoreCipherList;
  },
  set(value) {
    Object.defineProperty(this, 'defaultCipherList', {
      __proto__: null, writable: true, configurable: true, enumerable: true, value,
    });
  },
  configurable: true,
  enumerable: true,
});

module.exports = {
  // Methods
  createHash,
  createHmac,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  getFips,
  hash,

  // Classes
  Hash,
  Hmac,
  secureHeapUsed,
};

// Node: lib/crypto.js getRandomBytesAlias — the deprecated randomBytes aliases.
function getRandomBytesAlias(key) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      Object.defineProperty(this, key, {
        __proto__: null, enumerable: false, configurable: true, writable: true, value: randomBytes,
      });
      return randomBytes;
    },
    set(value) {
      Object.defineProperty(this, key, {
        __proto__: null, enumerable: true, configurable: true, writable: true, value,
      });
    },
  };
}

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return webcrypto; },
    set: undefined,
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return subtle; },
    set: undefined,
  },
  getRandomValues: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: () => cryptoGetRandomValues,
    set: undefined,
  },
  prng: getRandomBytesAlias('prng'),
  pseudoRandomBytes: getRandomBytesAlias('pseudoRandomBytes'),
  rng: getRandomBytesAlias('rng'),
});
